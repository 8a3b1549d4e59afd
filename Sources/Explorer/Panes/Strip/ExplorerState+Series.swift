import CostCore
import Foundation

/// The time-series strip as a pane: its bucket cursor and Enter narrowing the range to a bar.
extension ExplorerState {
    /// The strip's columns at the current size and bucket size.
    public var seriesColumns: SeriesColumns {
        SeriesColumns(bucketCount: max(0, table.boundaries.count - 1), width: layout.strip.inset.width)
    }

    /// The UTC span of the buckets in column `column` of the strip, or nil when there is no such column.
    public func seriesSpan(ofColumn column: Int) -> DateRange? {
        let buckets = seriesColumns.buckets(ofColumn: column)
        guard !buckets.isEmpty else { return nil }
        return DateRange(start: table.boundaries[buckets.lowerBound], end: table.boundaries[buckets.upperBound])
    }

    /// Keeps the bucket cursor on a column.
    mutating func clampSeriesCursor() {
        chart.seriesCursor = min(max(0, chart.seriesCursor), max(0, seriesColumns.count - 1))
    }

    /// Puts the bucket cursor where someone tabbing to the strip most likely wants it: on the
    /// first bar of the latest rise marked for what the strip shows (where the spike began),
    /// else of the latest marked drop, else on the latest finished bar with data, else on the
    /// last bar.
    mutating func placeSeriesCursorOnLatestNews() {
        let columns = seriesColumns
        guard columns.count > 0 else { return }
        let boundaries = table.boundaries
        let row = selectedRow
        let currency = row?.currency ?? table.totals.currencies.first
        let flagged =
            row.map { rowEvents.flaggedByRow[$0.id] ?? [:] }
            ?? currency.flatMap { rowEvents.flaggedByCurrency[$0] } ?? [:]
        let buckets = 0..<(boundaries.count - 1)
        func firstOfRun(endingAt last: Int, rising: Bool) -> Int {
            var first = last
            while first > 0, let label = flagged[boundaries[first - 1]], label.isIncrease == rising { first -= 1 }
            return first
        }
        let marked: Int?
        if let rise = buckets.last(where: { flagged[boundaries[$0]]?.isIncrease == true }) {
            marked = firstOfRun(endingAt: rise, rising: true)
        } else if let fall = buckets.last(where: { flagged[boundaries[$0]] != nil }) {
            marked = firstOfRun(endingAt: fall, rising: false)
        } else {
            marked = nil
        }
        let finished = buckets.last { table.bucketsWithData[$0] && boundaries[$0 + 1] <= screen.now }
        if let bucket = marked ?? finished {
            chart.seriesCursor = bucket / columns.bucketsPerColumn
        } else {
            chart.seriesCursor = columns.count - 1
        }
    }

    /// Moves the bucket cursor `delta` columns, stopping at either end.
    mutating func moveSeriesCursor(by delta: Int) {
        chart.seriesCursor = chart.seriesCursor.addingReportingOverflow(delta).partialValue
        clampSeriesCursor()
    }

    /// Enter on the strip: narrows the range to the highlighted column's buckets, with bars one
    /// size finer when that suits the new range, and fetches it.
    mutating func narrowToSeriesColumn() -> [Effect] {
        guard let span = seriesSpan(ofColumn: chart.seriesCursor) else { return [] }
        guard query.granularity != .hour else {
            screen.notice = "An hour is the finest bar: [ and ] move to the neighbouring hours"
            return []
        }
        let finer = granularityAfterNarrowing(to: span)
        guard span != query.range else {
            // The bar already is the whole range: only the bars get finer.
            return finer == query.granularity ? [] : changeGranularity(to: finer)
        }
        query.granularity = finer
        return select(span, preset: nil)
    }

    /// The bucket size for a range narrowed to one bar: a month or a week in days, a day in
    /// hours when the accounts have hourly records, else what it was.
    func granularityAfterNarrowing(to span: DateRange) -> Granularity {
        switch query.granularity {
        case .month, .week: return .day
        case .day: return span.duration <= Self.longestDay && hasSubDailyRecords(in: span) ? .hour : .day
        case .hour: return .hour
        }
    }

    /// Whether some record in view, overlapping `span`, covers less than a day.
    func hasSubDailyRecords(in span: DateRange) -> Bool {
        let low = SpendStore.millisecondsSince1970(span.start)
        let high = SpendStore.millisecondsSince1970(span.end)
        return load.records.contains(passing: seriesInView) { start, end in
            end - start < 86_400_000 && start < high && low < end
        }
    }

    /// The longest a calendar day can be (a day when clocks go back).
    static let longestDay: TimeInterval = 25 * 3_600
}
