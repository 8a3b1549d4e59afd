/// Something records can be grouped by.
public enum CostDimension: String, CaseIterable, Sendable, Hashable {
    case provider, account, project, service, object, metric, region

    /// The human name shown in the grouping pane, e.g. `Project`.
    public var title: String {
        switch self {
        case .provider: "Provider"
        case .account: "Account"
        case .project: "Project"
        case .service: "Service"
        case .object: "Object"
        case .metric: "Metric"
        case .region: "Region"
        }
    }

    /// The plural, for breadcrumbs and headings, e.g. `Objects`.
    public var pluralTitle: String {
        switch self {
        case .provider: "Providers"
        case .account: "Accounts"
        case .project: "Projects"
        case .service: "Services"
        case .object: "Objects"
        case .metric: "Metrics"
        case .region: "Regions"
        }
    }

    /// The id of the group a record belongs to: ``key(of:)``'s `id`, without building the key.
    public func groupID(of record: CostRecord) -> String {
        switch self {
        case .provider: record.provider.rawValue
        case .account: record.account
        case .project: record.project?.id ?? GroupKey.unassigned.id
        case .service: record.service ?? GroupKey.unassigned.id
        case .object: record.object?.id ?? GroupKey.unassigned.id
        case .metric: record.metric?.id ?? GroupKey.unassigned.id
        case .region: record.region ?? GroupKey.unassigned.id
        }
    }

    /// The group a record belongs to along this dimension. Records that lack
    /// the dimension fall into ``GroupKey/unassigned`` — they are never dropped.
    public func key(of record: CostRecord) -> GroupKey {
        switch self {
        case .provider:
            return GroupKey(id: record.provider.rawValue, label: record.provider.displayName)
        case .account:
            return GroupKey(id: record.account, label: record.account)
        case .project:
            guard let project = record.project else { return .unassigned }
            return GroupKey(id: project.id, label: project.label)
        case .service:
            guard let service = record.service else { return .unassigned }
            return GroupKey(id: service, label: service)
        case .object:
            guard let object = record.object else { return .unassigned }
            return GroupKey(id: object.id, label: object.label, parentID: object.parentID, kind: object.type)
        case .metric:
            guard let metric = record.metric else { return .unassigned }
            return GroupKey(id: metric.id, label: metric.label, kind: record.unit)
        case .region:
            guard let region = record.region, !region.isEmpty else { return .unassigned }
            return GroupKey(id: region, label: region)
        }
    }
}
