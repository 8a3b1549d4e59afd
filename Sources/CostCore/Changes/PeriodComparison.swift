/// Spend per group in a range against an earlier range (see ``ComparisonBaseline``), per
/// currency: amounts in different currencies are never added or compared.
public struct PeriodComparison: Hashable, Sendable {
    /// The dimension grouped by.
    public var dimension: CostDimension
    /// The range looked at.
    public var current: DateRange
    /// The range it is compared with.
    public var previous: DateRange
    /// One row per group and currency present in either range: by currency, then largest |Δ|
    /// first (then by label, so the order is stable). Changes in different currencies are
    /// never ranked against each other.
    public var rows: [ComparisonRow]
    /// Exact totals per currency over the current range.
    public var currentTotals: MoneyTotals
    /// Exact totals per currency over the earlier range.
    public var previousTotals: MoneyTotals

    /// Groups `records` by `dimension` in both ranges (each record counts where the middle of
    /// its period falls, as in ``GroupTable``) and pairs the groups up.
    public init(
        records: some Sequence<CostRecord>, dimension: CostDimension, filters: [DrillFilter] = [],
        current: DateRange, previous: DateRange
    ) {
        let store = records as? SpendStore ?? SpendStore(records)
        let now = GroupTable(
            store: store, dimension: dimension, filters: filters, range: current,
            boundaries: [current.start, current.end])
        let before = GroupTable(
            store: store, dimension: dimension, filters: filters, range: previous,
            boundaries: [previous.start, previous.end])
        var rows: [String: ComparisonRow] = [:]
        for row in now.rows {
            rows[row.id] = ComparisonRow(key: row.key, currency: row.currency, current: row.total, previous: nil)
        }
        for row in before.rows {
            if rows[row.id] == nil {
                rows[row.id] = ComparisonRow(key: row.key, currency: row.currency, current: .zero, previous: nil)
            }
            rows[row.id]!.previous = row.total
        }
        self.dimension = dimension
        self.current = current
        self.previous = previous
        self.rows = rows.values.sorted(by: PeriodComparison.rankedByChange)
        self.currentTotals = now.totals
        self.previousTotals = before.totals
    }

    /// By currency, then largest |Δ| first; ties by label, then id.
    static func rankedByChange(_ lhs: ComparisonRow, _ rhs: ComparisonRow) -> Bool {
        if lhs.currency != rhs.currency { return lhs.currency < rhs.currency }
        let left = lhs.delta.magnitude
        let right = rhs.delta.magnitude
        if left != right { return left > right }
        if lhs.key.label != rhs.key.label { return lhs.key.label < rhs.key.label }
        return lhs.key.id < rhs.key.id
    }

    /// Currencies present in either range, alphabetically.
    public var currencies: [Currency] { Set(currentTotals.currencies + previousTotals.currencies).sorted() }
}
