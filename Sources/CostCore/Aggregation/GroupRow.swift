import Foundation

/// One group of a ``GroupTable``: its total in one currency and its time series.
public struct GroupRow: Hashable, Sendable, Identifiable {
    /// The group.
    public var key: GroupKey
    /// The currency of every amount in the row.
    public var currency: Currency
    /// The exact total over the table's range.
    public var total: Amount
    /// The total per time bucket of the table (same count as ``GroupTable/buckets``).
    public var series: [Amount]
    /// Nesting depth: 0 for top-level rows, 1 for a child shown under its parent.
    public var depth: Int
    /// Whether other rows of the table are nested under this one.
    public var hasChildren: Bool
    /// Whether this is the last child of its parent (for tree glyphs).
    public var isLastChild: Bool
    /// The number of source records summed into the row.
    public var recordCount: Int
    /// The part of ``total`` billed over periods longer than one bucket (a month's bill in a
    /// daily view): in the total, but in no bucket of ``series``.
    public var unbucketed: Amount = .zero
    /// The longest period among the records counted in ``unbucketed`` (a month, a day in an
    /// hourly view); zero when unknown.
    public var longestUnbucketedPeriod: TimeInterval = 0
    /// Where the row's records came from; nil for rows not built from records.
    public var origin: Origin?

    /// Row identity: the group id and the currency.
    public var id: String { key.id + "\u{1F}" + currency.code }

    /// The total as money.
    public var money: Money { Money(total, currency) }

    public init(
        key: GroupKey, currency: Currency, total: Amount, series: [Amount], depth: Int = 0,
        hasChildren: Bool = false, isLastChild: Bool = false, recordCount: Int = 0
    ) {
        self.key = key
        self.currency = currency
        self.total = total
        self.series = series
        self.depth = depth
        self.hasChildren = hasChildren
        self.isLastChild = isLastChild
        self.recordCount = recordCount
    }
}
