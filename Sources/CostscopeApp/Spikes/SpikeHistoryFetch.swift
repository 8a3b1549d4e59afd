import CostCore
import Foundation
import Providers

/// What `costscope spikes` fetches: the range plus the baseline window before it.
///
/// Every account is read over the range and `window` days before it (daily buckets). An
/// account that bills some of its spend by the month (records longer than a day) is read once
/// more over the `window` months before that, so its monthly series have a history too.
package struct SpikeHistoryFetch {
    package let range: DateRange
    package let zone: TimeZone
    package let window: Int

    package init(range: DateRange, zone: TimeZone, window: Int) {
        self.range = range
        self.zone = zone
        self.window = window
    }

    /// The range of the daily scan: `window` days before `range`, and `range`.
    package var dailyRange: DateRange {
        DateRange(start: calendar.date(byAdding: .day, value: -window, to: range.start)!, end: range.end)
    }

    /// The range of the monthly scan: whole months, from `window` months before the month
    /// holding the range's start to the end of the month holding its last instant.
    package var monthlyRange: DateRange {
        let first = monthStart(of: range.start)
        let last = monthStart(of: range.end.addingTimeInterval(-1))
        return DateRange(
            start: calendar.date(byAdding: .month, value: -window, to: first)!,
            end: calendar.date(byAdding: .month, value: 1, to: last)!)
    }

    /// Records of every fetcher (with the monthly history where needed), one message per
    /// failed fetch, and among them those of the accounts that could not be read at all.
    package func collect(_ fetchers: [any SpendSource]) async -> (
        records: SpendStore, failures: [String], unread: [String]
    ) {
        let daily = FetchQuery(accounts: fetchers.map(\.name), range: dailyRange, granularity: .day, zone: zone)
        let recent = await SpendCollector.collect(fetchers, query: daily)
        let monthly = Set(recent.records.lazy.filter { SpikeGrain.of($0) == .month }.map(\.account))
        let history = DateRange(start: monthlyRange.start, end: dailyRange.start)
        guard !monthly.isEmpty, !history.isEmpty else { return (recent.records, recent.failures, recent.failures) }
        let older = fetchers.filter { monthly.contains($0.name) }
        let query = FetchQuery(accounts: older.map(\.name), range: history, granularity: .month, zone: zone)
        let earlier = await SpendCollector.collect(older, query: query)
        var records = earlier.records
        records.append(contentsOf: recent.records)
        return (records, (recent.failures + earlier.failures).sorted(), recent.failures)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    private func monthStart(of date: Date) -> Date {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: 1))!
    }
}
