extension CostDimension {
    /// The names each provider's own console uses for a dimension, accepted wherever a
    /// dimension is named (`--group-by resource` is `object`, `sku` is `metric`, …).
    public static let providerNames: [String: CostDimension] = [
        "resource": .object,  // Cloud.ru
        "sku": .metric,  // Cloud.ru
        "vm": .object,  // OnApp
        "group": .project,  // Seeweb
        "server": .object,  // Seeweb
        "plan": .service,  // Seeweb
        "item": .metric,  // F5 Distributed Cloud
    ]

    /// The dimension called `name` (a raw value or a provider's own name, any case), or nil.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let exact = CostDimension(rawValue: lowered) {
            self = exact
        } else if let alias = CostDimension.providerNames[lowered] {
            self = alias
        } else {
            return nil
        }
    }

    /// Every accepted name, for help and error messages.
    public static var allNames: [String] {
        allCases.map(\.rawValue) + providerNames.keys.sorted()
    }
}
