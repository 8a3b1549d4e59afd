import ArgumentParser
import CostscopeApp
import Foundation

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
}
