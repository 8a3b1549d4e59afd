import CostCore
import Foundation

/// The previous period: what the explorer fetches besides the chosen range, and the Δ of each row.
extension ExplorerState {
    /// The range of the same length just before ``range`` (with day boundaries in ``zone``).
    public var previousRange: DateRange { ComparisonBaseline.previous.range(before: range, in: zone) }

    /// What is fetched: the previous period and the chosen range together. Totals and rows
    /// still cover only ``range``, because ``GroupTable`` counts a record only inside its range.
    public var fetchRange: DateRange {
        DateRange(start: min(previousRange.start, range.start), end: range.end)
    }

    /// The current level's totals over ``previousRange``, from the records in view.
    func computeRowChanges(_ source: [CostRecord]) -> RowChanges {
        let previous = previousRange
        let table = GroupTable(
            records: source, dimension: level.dimension, filters: level.filters, range: previous,
            boundaries: [previous.start, previous.end])
        var totals: [String: Amount] = [:]
        for row in table.rows { totals[row.id] = row.total }
        return RowChanges(previousRange: previous, previousTotals: totals)
    }
}
