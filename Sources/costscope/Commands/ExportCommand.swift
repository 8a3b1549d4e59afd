import ArgumentParser
import CostCore
import CostscopeApp
import Foundation
import Providers
import Reports

/// `costscope export`: the records behind a view, or the view itself, for other tools.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the fetched records (or the grouped view) as CSV, JSON or Markdown.",
        discussion: """
            Amounts are exact decimal strings, never rounded. CSV cells that a spreadsheet would run as a formula (starting with =, +, - or @) get a leading apostrophe. Control characters in names are replaced (JSON keeps them, escaped). With --output the file is written whole or not at all (a temporary file renamed into place), and only a new file or a regular file you may write is replaced: a folder, a symbolic link or a read-only file is refused and left as it is; without --output the export goes to standard output. The exit status is 0 when every account was read, 1 when any failed (the others are still written) or --output was refused, 64 for bad options, 74 when standard output cannot be written.

            Examples:
              costscope export --demo --range last-7-days --format csv --output spend.csv
              costscope export --config config.toml --account prod --from 2026-11-01 --to 2026-11-21 --tz UTC --format json
              costscope export --demo --view groups --group-by service --format markdown
            """)

    /// What is exported.
    enum View: String, CaseIterable, ExpressibleByArgument {
        /// Every record as fetched (normalised), one row each.
        case records
        /// Records grouped by `--group-by` (per period with `--granularity`), as `costscope report` shows them.
        case groups
    }

    @OptionGroup var source: AccountSourceOptions

    @OptionGroup var selection: SelectionOptions

    @OptionGroup var cache: CacheOptions

    @Option(name: .long, help: "csv, json or markdown.")
    var format: ExportFormat = .csv

    @Option(name: .long, help: "records (one row per fetched record) or groups (the grouped view).")
    var view: View = .records

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if let output, output.isEmpty { throw ValidationError("--output needs a file name") }
    }

    func run() async throws {
        let now = try source.now()
        let zone = try selection.zone()
        let range = try selection.dateRange(now: now)
        try await source.runScript(names: selection.account, cache: cache, now: now, failureStatus: 1) { fetchers in
            let query = FetchQuery(
                accounts: fetchers.map(\.name), range: range, granularity: selection.granularity ?? .day, zone: zone)
            let collected = await SpendCollector.collect(fetchers, query: query)
            return CollectedSpend(records: collected.records, failures: collected.failures)
        } write: { store in
            try write(store, range: range, zone: zone)
        }
    }

    /// Writes the records of `store` in `range`, or their grouped view, to `--output` or stdout.
    private func write(_ store: SpendStore, range: DateRange, zone: TimeZone) throws {
        let inRange = store.records(
            at: store.indices(passing: Array(repeating: true, count: store.series.count), middleIn: range))
        let text: String
        switch view {
        case .records:
            text = try RecordWriter.write(inRange, as: format)
        case .groups:
            let report = Report(
                store: store, dimension: selection.groupBy, range: range, zone: zone,
                granularity: selection.granularity)
            text = try ReportWriter.write(report, as: ReportFormat(rawValue: format.rawValue)!, zone: zone)
        }
        if let output {
            try ExportFile.write(text, to: output)
            let count = view == .records ? "\(inRange.count) records" : "the grouped view"
            StandardError.line("costscope: wrote \(count) to \(ExportFile.absolute(output))")
        } else {
            StandardOutput.write(text)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
