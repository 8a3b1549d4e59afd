extension SpendStore {
    /// The id of the group `series` belongs to along `dimension` (``CostDimension/groupID(of:)``).
    public func groupID(of series: SpendSeries, along dimension: CostDimension) -> String {
        let unassigned = GroupKey.unassigned.id
        switch dimension {
        case .provider: return series.provider.rawValue
        case .account: return dictionaries.accounts[series.account]
        case .project: return series.project < 0 ? unassigned : dictionaries.projects[series.project].id
        case .service: return series.service < 0 ? unassigned : dictionaries.names[series.service]
        case .object: return series.object < 0 ? unassigned : dictionaries.objects[series.object].id
        case .metric: return series.metric < 0 ? unassigned : dictionaries.metrics[series.metric].id
        case .region: return series.region < 0 ? unassigned : dictionaries.names[series.region]
        }
    }

    /// The group `series` belongs to along `dimension` (``CostDimension/key(of:)``).
    public func groupKey(of series: SpendSeries, along dimension: CostDimension) -> GroupKey {
        switch dimension {
        case .provider:
            return GroupKey(id: series.provider.rawValue, label: series.provider.displayName)
        case .account:
            let account = dictionaries.accounts[series.account]
            return GroupKey(id: account, label: account)
        case .project:
            guard series.project >= 0 else { return .unassigned }
            let project = dictionaries.projects[series.project]
            return GroupKey(id: project.id, label: project.label)
        case .service:
            guard series.service >= 0 else { return .unassigned }
            let service = dictionaries.names[series.service]
            return GroupKey(id: service, label: service)
        case .object:
            guard series.object >= 0 else { return .unassigned }
            let object = dictionaries.objects[series.object]
            return GroupKey(id: object.id, label: object.label, parentID: object.parentID, kind: object.type)
        case .metric:
            guard series.metric >= 0 else { return .unassigned }
            let metric = dictionaries.metrics[series.metric]
            return GroupKey(
                id: metric.id, label: metric.label, kind: series.unit < 0 ? nil : dictionaries.names[series.unit])
        case .region:
            guard series.region >= 0, case let region = dictionaries.names[series.region], !region.isEmpty else {
                return .unassigned
            }
            return GroupKey(id: region, label: region)
        }
    }

    /// Whether the records of `series` pass `filter` (``DrillFilter/matches(_:)``).
    public func matches(_ series: SpendSeries, _ filter: DrillFilter) -> Bool {
        if groupID(of: series, along: filter.dimension) == filter.id { return true }
        return filter.includesChildren && filter.dimension == .object && series.object >= 0
            && dictionaries.objects[series.object].parentID == filter.id
    }
}
