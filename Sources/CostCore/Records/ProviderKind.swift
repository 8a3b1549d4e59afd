/// The billing APIs costscope reads.
public enum ProviderKind: String, CaseIterable, Sendable, Hashable, Codable {
    case selectel, cloudru, onapp, seeweb, f5xc

    /// What a total from this provider leaves out, when its billing API does not cover the
    /// whole bill; nil when it does.
    public var coverageNote: String? {
        switch self {
        case .selectel:
            "Selectel's billing statistics leave out dedicated servers, colocation and firewalls: the total is not the whole bill"
        case .cloudru, .onapp, .seeweb, .f5xc: nil
        }
    }

    /// The provider's display name.
    public var displayName: String {
        switch self {
        case .selectel: "Selectel"
        case .cloudru: "Cloud.ru"
        case .onapp: "OnApp"
        case .seeweb: "Seeweb ECS"
        case .f5xc: "F5 Distributed Cloud"
        }
    }

    /// A short name for narrow places, e.g. telling apart rows of the same label.
    public var shortName: String {
        switch self {
        case .selectel: "Selectel"
        case .cloudru: "Cloud.ru"
        case .onapp: "OnApp"
        case .seeweb: "Seeweb"
        case .f5xc: "F5"
        }
    }
}
