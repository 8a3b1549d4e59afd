import CostCore

/// Each chart row's spend in the previous period of the same length, for the Δ and Δ% columns
/// and the sort by change. Computed with the table, never per frame.
public struct RowChanges: Equatable, Sendable {
    /// The range compared with (the one just before the view's range, same length).
    public var previousRange: DateRange?
    /// Exact totals per row id (group id and currency) over ``previousRange``; a row absent
    /// here had no records in it.
    public var previousTotals: [String: Amount]

    /// Creates the changes of rows against `previousTotals` over `previousRange`.
    public init(previousRange: DateRange?, previousTotals: [String: Amount]) {
        self.previousRange = previousRange
        self.previousTotals = previousTotals
    }

    /// Nothing to compare with.
    public static let none = RowChanges(previousRange: nil, previousTotals: [:])

    /// The row's total over the previous range (zero when it had no records there).
    public func previous(of row: GroupRow) -> Amount { previousTotals[row.id] ?? .zero }

    /// Whether the row can be compared at all: a row billed in periods longer than the range
    /// (a monthly bill in a week) cannot be compared — its bill falls in one of the two ranges,
    /// never both, and would show as "new" or as a fall to nothing. Daily bills in a one-day
    /// range (drawn in hours) compare fine; a month is taken as comparable from 28 days on.
    public func isComparable(_ row: GroupRow) -> Bool {
        guard !row.unbucketed.isZero, let previousRange else { return true }
        let month = 28.0 * 86_400
        let longest = row.longestUnbucketedPeriod > 0 ? min(row.longestUnbucketedPeriod, month) : month
        // An hour of slack: a day when clocks change is 23 or 25 hours long.
        return previousRange.duration + 3_600 >= longest
    }

    /// Δ = the row's total − its previous total; exact.
    public func delta(of row: GroupRow) -> Amount { row.total - previous(of: row) }

    /// Δ in percent of the previous total; nil when the previous total was zero (the row is new).
    public func deltaPercent(of row: GroupRow) -> Double? {
        let before = previous(of: row)
        guard !before.isZero else { return nil }
        return delta(of: row).ratio(to: before.magnitude).map { $0 * 100 }
    }

    /// Δ per row id, for sorting.
    func deltas(of rows: [GroupRow]) -> [String: Amount] {
        Dictionary(
            rows.map { ($0.id, isComparable($0) ? delta(of: $0) : .zero) }, uniquingKeysWith: { first, _ in first })
    }
}
