/// One item of a `billing_stats` group: a server, a disk, a network interface, an edge
/// server… with its costs.
public struct OnAppBillingItem: Sendable, Hashable {
    /// `id`: the item's own id (servers, disks and interfaces have separate id ranges).
    public var id: String
    /// `label`, nil when sent as null.
    public var label: String?
    public var costs: [OnAppResourceCost]

    public init(id: String, label: String?, costs: [OnAppResourceCost]) {
        self.id = id
        self.label = label
        self.costs = costs
    }
}
