import ArgumentParser
import CostCore
import CostscopeApp
import Foundation
import Providers

/// `costscope spikes`: what made the bill jump, where, and since when.
struct SpikesCommand: AsyncParsableCommand, UsageErrorExitCode {
    static let configuration = CommandConfiguration(
        commandName: "spikes",
        abstract: "List spikes, drops, new and stopped spend and growing trends, largest change first.",
        discussion: """
            Every series — each account, and below it each project, object and metric — is compared day by day with the median of the 14 days before (months, as a rate per day, for spend billed by the month). A day is flagged when it is at least --threshold percent and --min-amount away from that median and unusual for the series' own noise (more than 4 robust standard deviations). The same change is listed once, at the most specific path that explains most of it. Today, still incomplete, is not judged.

            The exit status is 0 when nothing was found, 1 when something was, and 2 for errors (bad options, an account that could not be read).

            Examples:
              costscope spikes --demo
              costscope spikes --config config.toml --range last-7-days --tz Europe/Moscow
              costscope spikes --demo --account selectel-demo --threshold 100 --min-amount 500 --format json
            """)

    static let usageErrorExitCode: Int32 = 2

    @OptionGroup var source: AccountSourceOptions

    @OptionGroup var selection: SelectionOptions

    @OptionGroup var cache: CacheOptions

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("The smallest change worth listing, in percent of the baseline.", valueName: "pct"),
        transform: { text in try NumberArgument.decimal(text) })
    var threshold: Double = ChangeThresholds.standard.minimumPercent

    @Option(
        name: .customLong("min-amount"), parsing: .unconditional,
        help: ArgumentHelp(
            "The smallest change per day (or month) worth listing, in the series' currency.", valueName: "x"))
    var minAmount: String = "0"

    @Option(name: .long, help: "table or json.")
    var format: SpikesWriter.Format = .table

    func validate() throws {
        guard threshold.isFinite, threshold >= 0 else {
            throw ValidationError("--threshold must be a percentage of at least 0, not \(threshold)")
        }
        guard let amount = Amount(minAmount), !amount.isNegative else {
            throw ValidationError("--min-amount '\(minAmount)' is not an amount of at least 0 (e.g. 100 or 12.50)")
        }
        if selection.granularity != nil {
            throw ValidationError("--granularity does not apply: spikes are found per day")
        }
    }

    func run() async throws {
        do {
            try await scan()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.line("costscope spikes: \(error)")
            throw ExitCode(2)
        }
    }

    private func scan() async throws {
        let now = try source.now()
        let zone = try selection.zone()
        let range = try selection.dateRange(now: now)
        let thresholds = ChangeThresholds(minimumPercent: threshold, minimumAmount: Amount(minAmount) ?? .zero)
        let fetch = SpikeHistoryFetch(range: range, zone: zone, window: thresholds.window)
        var findings: [SpikeFinding] = []
        try await source.runScript(names: selection.account, cache: cache, now: now, failureStatus: 2) { fetchers in
            let collected = await fetch.collect(fetchers)
            return CollectedSpend(records: collected.records, failures: collected.failures, unread: collected.unread)
        } write: { records in
            for (grain, tableRange) in [(SpikeGrain.day, fetch.dailyRange), (.month, fetch.monthlyRange)] {
                let table = SpikeSeriesTable(store: records, grain: grain, range: tableRange, zone: zone, now: now)
                findings += SpikeScanner(table: table, thresholds: thresholds).findings(in: range)
            }
            StandardOutput.write(try SpikesWriter.write(findings, as: format, range: range, zone: zone))
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

extension SpikesWriter.Format: ExpressibleByArgument {}
