import CostCore

/// One level of the drill-down stack.
public struct DrillLevel: Hashable, Sendable {
    /// What rows at this level are grouped by.
    public var dimension: CostDimension
    /// Filters in force at this level (all parents' choices).
    public var filters: [DrillFilter]
    /// The breadcrumb text of the row drilled into to get here (nil at the root).
    public var crumb: String?
    /// The id of the row the cursor was on when the user drilled deeper, so
    /// going back lands on the same row even if ordering changed.
    public var savedCursorRowID: String?

    /// Creates a level.
    public init(
        dimension: CostDimension, filters: [DrillFilter] = [], crumb: String? = nil, savedCursorRowID: String? = nil
    ) {
        self.dimension = dimension
        self.filters = filters
        self.crumb = crumb
        self.savedCursorRowID = savedCursorRowID
    }
}
