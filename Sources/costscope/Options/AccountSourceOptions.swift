import ArgumentParser
import CostCore
import CostscopeApp
import Foundation
import Providers

/// Where a command's accounts come from — the built-in simulator (`--demo`, shaped by the
/// simulation options) or a config file — and the network they are read over: one group, so
/// every command that reads accounts takes them, and checks them, the same way.
struct AccountSourceOptions: ParsableArguments {
    @Flag(name: .long, help: "Use the built-in simulator's demo accounts instead of a config file.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("The config file.", valueName: "file"))
    var config: String?

    @OptionGroup var simulation: SimulationOptions

    @OptionGroup var network: NetworkOptions

    func validate() throws {
        if demo && config != nil { throw ValidationError("give --demo or --config, not both") }
    }

    /// The moment the command takes as now: `--now`, else the clock.
    func now() throws -> Date { try simulation.clock.commandClock().now }

    /// The accounts named `names` (every account when empty), read at `now`, with the network
    /// status shown while they are read.
    func open(names: [String], now: Date) async throws -> ChosenAccounts {
        try await ChosenAccounts.open(
            demo: demo, config: config, names: names, simulation: simulation, now: now,
            network: try network.network(showsStatus: true))
    }

    /// The run every script command shares: open the accounts named `names`, collect their spend
    /// through the cache of `cache`, then `write` the output and print a line per account that
    /// could not be read, ending with `failureStatus` when there is any. When no account could
    /// be read at all, nothing is written: an empty report would read as no spend, and would
    /// replace an earlier export.
    func runScript(
        names: [String], cache: CacheOptions, now: Date, failureStatus: Int32,
        collect: ([any SpendSource]) async -> CollectedSpend, write: (SpendStore) throws -> Void
    ) async throws {
        let accounts = try await open(names: names, now: now)
        let collected = try await accounts.collect(through: cache, now: now, collect)
        let failures = accounts.failures + collected.failures
        let anyFailed = !failures.isEmpty
        if !(anyFailed && collected.unread.count >= accounts.fetchers.count) {
            try write(collected.records)
        }
        for failure in failures { StandardError.line("costscope: \(failure)") }
        if anyFailed { throw ExitCode(failureStatus) }
    }
}

/// What a script command collected: the records, a message per failed fetch, and among those the
/// accounts left with nothing (a second fetch, such as the spikes' monthly history, may fail
/// for an account whose days were read).
struct CollectedSpend {
    var records: SpendStore
    var failures: [String]
    var unread: [String]

    init(records: SpendStore, failures: [String], unread: [String]? = nil) {
        self.records = records
        self.failures = failures
        self.unread = unread ?? failures
    }
}
