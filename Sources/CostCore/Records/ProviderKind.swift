/// The billing APIs costscope reads: the identity every record, cache row and config entry
/// carries. What else is known of a provider lives in its profile (`Providers/<Name>/`); only the
/// names stay here, because grouping and reports below the providers print them.
public enum ProviderKind: String, CaseIterable, Sendable, Hashable, Codable {
    case selectel, cloudru, onapp, seeweb, f5xc

    /// The provider's display name.
    public var displayName: String { Self.names[self]?.display ?? rawValue }

    /// A short name for narrow places, e.g. telling apart rows of the same label.
    public var shortName: String { Self.names[self]?.short ?? rawValue }

    private static let names: [ProviderKind: (display: String, short: String)] = [
        .selectel: ("Selectel", "Selectel"), .cloudru: ("Cloud.ru", "Cloud.ru"), .onapp: ("OnApp", "OnApp"),
        .seeweb: ("Seeweb ECS", "Seeweb"), .f5xc: ("F5 Distributed Cloud", "F5"),
    ]
}
