/// The billing APIs costscope reads.
public enum ProviderKind: String, CaseIterable, Sendable, Hashable, Codable {
    case selectel, cloudru, onapp, seeweb, f5xc

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
