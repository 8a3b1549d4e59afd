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
    /// The provider whose natural drill path this level follows, when the row drilled into
    /// was of one provider (nil: the view's provider, if it has only one).
    public var provider: ProviderKind?
    /// The index of this level's step in that provider's ``ProviderDrillPath`` (nil: found
    /// from ``dimension``).
    public var pathStep: Int?
    /// The grouping chosen for the root level when the view's provider has none of it and the
    /// root follows the provider's first step instead (OnApp and F5 have no projects).
    public var replacedDimension: CostDimension?

    public init(
        dimension: CostDimension, filters: [DrillFilter] = [], crumb: String? = nil, savedCursorRowID: String? = nil
    ) {
        self.dimension = dimension
        self.filters = filters
        self.crumb = crumb
        self.savedCursorRowID = savedCursorRowID
    }
}
