import ArgumentParser
import Cache
import Config
import CostCore
import CostscopeApp
import Foundation
import Providers
import Reports
import Simulator

/// `costscope report`: the explorer's numbers for scripts.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print spend grouped by a dimension as a table, CSV or JSON.",
        discussion: """
            Prints the same numbers the explorer shows. Amounts are exact; totals are per currency. With --granularity, each group's rows add up to its amount: a bill longer than one period (a month's bill in a daily report) is a row of its own, marked as such. The exit status is 0 when every account was read, 1 when any failed (the others are still printed), 64 for bad options, 74 when standard output cannot be written.

            Examples:
              costscope report --demo --range last-7-days --group-by project
              costscope report --config config.toml --from 2026-11-01 --to 2026-11-21 --tz Europe/Moscow --format csv
              costscope report --demo --group-by metric --granularity day --format json
              costscope report --demo --range last-7-days --compare previous
            """)

    @OptionGroup var source: AccountSourceOptions

    @OptionGroup var selection: SelectionOptions

    @OptionGroup var cache: CacheOptions

    @Option(name: .long, help: "table, csv, json or markdown.")
    var format: ReportFormat = .table

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Only the N largest groups, the rest summed into one 'Other' row.", valueName: "n"),
        transform: { text in try NumberArgument.whole(text, as: Int.self) })
    var top: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Add the earlier amount, Δ and Δ% per group: previous (the range just before) or last-month (the same days a month earlier).",
            valueName: "period"))
    var compare: ComparisonBaseline?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
        if compare != nil, selection.granularity != nil {
            throw ValidationError("--compare and --granularity do not go together")
        }
    }

    func run() async throws {
        let now = try source.now()
        let zone = try selection.zone()
        let range = try selection.dateRange(now: now)
        let previous = compare?.range(before: range, in: zone)
        let fetchRange = previous.map { DateRange(start: min($0.start, range.start), end: range.end) } ?? range
        try await source.runScript(names: selection.account, cache: cache, now: now, failureStatus: 1) { fetchers in
            let query = FetchQuery(
                accounts: fetchers.map(\.name), range: fetchRange, granularity: selection.granularity ?? .day,
                zone: zone)
            let collected = await SpendCollector.collect(fetchers, query: query)
            return CollectedSpend(records: collected.records, failures: collected.failures)
        } write: { records in
            if let previous {
                let comparison = PeriodComparison(
                    records: records, dimension: selection.groupBy, current: range, previous: previous)
                StandardOutput.write(try ComparisonWriter.write(comparison, as: format, top: top))
            } else {
                var report = Report(
                    store: records, dimension: selection.groupBy, range: range, zone: zone,
                    granularity: selection.granularity)
                if let top { report = report.limited(to: top) }
                StandardOutput.write(try ReportWriter.write(report, as: format, zone: zone))
            }
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension ComparisonBaseline: ExpressibleByArgument {}
