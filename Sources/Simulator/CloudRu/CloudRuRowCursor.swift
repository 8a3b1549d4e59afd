/// Walks the rows of a selection in the API's order: by `usedate`, then by series (project,
/// resource and SKU in catalogue order), then by quantum. Rows are computed on demand, so a
/// cursor can skip to any offset (v1 pages, v2 page tokens) without keeping rows in memory.
struct CloudRuRowCursor: Sendable {
    private let series: [CloudRuSeries]
    private let selected: [Int]
    private let endDay: Int64
    private let nowMillis: Int64
    private let includeDeleted: Bool
    private let updated: ClosedRange<Int64>?

    private var day: Int64
    private var deadlineMillis: Int64
    private var position = 0
    private var quantum = 0

    /// A cursor over `selected` series (indices, in row order) for `usedate` days in `days`,
    /// as seen by `dataset` now. Deleted rows are skipped unless `includeDeleted`; with
    /// `updated`, only rows whose `updated_dt` (ms) lies in it are kept.
    init(
        dataset: CloudRuDataset,
        selected: [Int],
        days: Range<Int64>,
        includeDeleted: Bool,
        updated: ClosedRange<Int64>? = nil
    ) {
        self.series = dataset.series
        self.selected = selected
        self.endDay = min(days.upperBound, dataset.today)
        self.nowMillis = dataset.nowMillis
        self.includeDeleted = includeDeleted
        self.updated = updated
        self.day = days.lowerBound
        self.deadlineMillis = CloudRuRevision.deadlineMillis(day: days.lowerBound)
    }

    /// The next row, or `nil` when the selection is exhausted.
    mutating func next() -> CloudRuRowValues? {
        while day < endDay {
            while position < selected.count {
                let item = series[selected[position]]
                while quantum < item.quantaPerDay {
                    let current = quantum
                    quantum += 1
                    guard
                        let row = item.row(
                            day: day, quantum: current, deadlineMillis: deadlineMillis, nowMillis: nowMillis)
                    else { continue }
                    if row.isDeleted && !includeDeleted { continue }
                    if let updated, !updated.contains(row.updatedMillis) { continue }
                    return row
                }
                quantum = 0
                position += 1
            }
            position = 0
            day += 1
            deadlineMillis = CloudRuRevision.deadlineMillis(day: day)
        }
        return nil
    }

    /// Skips up to `count` rows; returns how many were skipped.
    @discardableResult
    mutating func skip(_ count: Int) -> Int {
        var skipped = 0
        while skipped < count, next() != nil {
            skipped += 1
        }
        return skipped
    }

    /// Counts the remaining rows (consuming them).
    mutating func count() -> Int {
        var total = 0
        while next() != nil {
            total += 1
        }
        return total
    }
}
