import CostCore

/// One level of a provider's natural drill path: what rows are grouped by there and what
/// the provider calls them.
public struct ProviderDrillStep: Hashable, Sendable {
    /// What rows at this step are grouped by.
    public var dimension: CostDimension
    /// The column heading, e.g. `Server`.
    public var title: String
    /// The plural, for the pane title and breadcrumbs, e.g. `Servers`.
    public var pluralTitle: String
    /// Whether Enter on a row with children keeps the row and its children together at the
    /// next step (an OnApp VM drills into the VM with its disks and network interfaces).
    public var drillsIntoChildren: Bool

    public init(_ dimension: CostDimension, _ title: String, _ pluralTitle: String, drillsIntoChildren: Bool = false) {
        self.dimension = dimension
        self.title = title
        self.pluralTitle = pluralTitle
        self.drillsIntoChildren = drillsIntoChildren
    }
}
