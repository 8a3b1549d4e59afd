import CostCore
import Foundation

/// Splits each report group's records into ``ReportSeriesPoint``s: a record goes to the bucket
/// holding the middle of its period (as ``GroupTable`` places it), unless its period is longer
/// than a bucket; then it is summed with the group's other bills of exactly that period.
/// Every record counted in a group's amount lands in exactly one line, so the lines add up.
struct ReportSeriesBuilder {
    /// Running sums per line, merged by period, kind and currency.
    struct Sums {
        private struct Line: Hashable {
            var start: Date
            var end: Date
            var bill: ReportSeriesPoint.Bill?
            var currency: Currency
        }
        private var amounts: [Line: Amount] = [:]

        mutating func add(_ point: ReportSeriesPoint) {
            let line = Line(start: point.start, end: point.end, bill: point.bill, currency: point.amount.currency)
            amounts[line, default: .zero] += point.amount.amount
        }

        /// The non-zero lines by start, then end (a bucket before a longer bill), then currency.
        var points: [ReportSeriesPoint] {
            amounts.filter { !$0.value.isZero }
                .map {
                    ReportSeriesPoint(
                        start: $0.key.start, end: $0.key.end, amount: Money($0.value, $0.key.currency),
                        bill: $0.key.bill)
                }
                .sorted { ($0.start, $0.end, $0.amount.currency) < ($1.start, $1.end, $1.amount.currency) }
        }
    }

    let dimension: CostDimension
    let range: DateRange
    let granularity: Granularity
    let boundaries: [Date]

    init(dimension: CostDimension, range: DateRange, granularity: Granularity, zone: TimeZone) {
        self.dimension = dimension
        self.range = range
        self.granularity = granularity
        let boundaries = granularity.boundaries(of: range, in: zone)
        self.boundaries = boundaries.count >= 2 ? boundaries : [range.start, range.end]
    }

    /// The lines of every group, by group id.
    func series(of store: SpendStore) -> [String: [ReportSeriesPoint]] {
        let groupOfSeries = store.series.map { store.groupID(of: $0, along: dimension) }
        let currencyOfSeries = store.series.map { store.currency(of: $0) }
        var sums: [String: Sums] = [:]
        let mask = Array(repeating: true, count: store.series.count)
        store.forEachIndex(passing: mask, middleIn: range) { index in
            let code = Int(store.seriesCodes[index])
            let amount = Money(Amount(units: store.amounts[index]), currencyOfSeries[code])
            sums[groupOfSeries[code], default: Sums()].add(point(period: store.period(at: index), amount: amount))
            return true
        }
        return sums.mapValues(\.points)
    }

    private func point(period: DateRange, amount: Money) -> ReportSeriesPoint {
        if ReportSeriesPoint.Bill.isLonger(period, than: granularity) {
            return ReportSeriesPoint(
                start: period.start, end: period.end, amount: amount,
                bill: ReportSeriesPoint.Bill(duration: period.duration))
        }
        let index = GroupTable.bucketIndex(of: period.midpoint, in: boundaries)
        return ReportSeriesPoint(start: boundaries[index], end: boundaries[index + 1], amount: amount)
    }
}
