import CostCore
import Foundation

/// The previous period: what the explorer fetches besides the chosen range, and the Δ of each row.
extension ExplorerState {
    /// The range of the same length just before ``range`` (with day boundaries in ``zone``).
    public var previousRange: DateRange { ComparisonBaseline.previous.range(before: query.range, in: query.zone) }

    /// What is fetched: the previous period and the chosen range together. Totals and rows
    /// still cover only ``range``, because ``GroupTable`` counts a record only inside its range.
    public var fetchRange: DateRange {
        DateRange(start: min(previousRange.start, query.range.start), end: query.range.end)
    }

    /// The current level's totals over ``previousRange``, from the records in view.
    func computeRowChanges(_ levelMatrix: SpendMatrix) -> RowChanges {
        let previous = previousRange
        if levelMatrix.viewStart > 0 {
            return RowChanges(previousRange: previous, previousTotals: levelMatrix.previousTotals)
        }
        let table = GroupTable(
            store: load.records, dimension: level.dimension, filters: level.filters,
            excludedAccounts: query.excludedAccounts,
            range: previous, boundaries: [previous.start, previous.end])
        var totals: [String: Amount] = [:]
        for row in table.rows { totals[row.id] = row.total }
        return RowChanges(previousRange: previous, previousTotals: totals)
    }

    /// The level's sums over the compared period and the view's range together, when the one
    /// ends where the other starts (else over the view only): the table, the previous totals
    /// and, when the buckets match, the change detector's series come from this one pass.
    func levelMatrix(viewBoundaries: [Date]) -> SpendMatrix {
        let previous = previousRange
        var boundaries = viewBoundaries.count >= 2 ? viewBoundaries : [query.range.start, query.range.end]
        var viewStart = 0
        if previous.end == query.range.start, !previous.isEmpty {
            let before = query.granularity.boundaries(of: previous, in: query.zone)
            if before.count >= 2, before.last == boundaries.first {
                viewStart = before.count - 1
                boundaries = before + boundaries.dropFirst()
            }
        }
        return SpendMatrix(
            store: load.records, dimension: level.dimension, filters: level.filters,
            excludedAccounts: query.excludedAccounts,
            boundaries: boundaries, viewStart: viewStart)
    }
}
