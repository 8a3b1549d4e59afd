import ArgumentParser
import Foundation
import Simulator

/// Options that fix the simulated data (the seed and the moment taken as "now") and the
/// failures the simulator injects.
struct SimulationOptions: ParsableArguments {
    @Option(help: "Seed of the simulated data.")
    var seed: UInt64 = 42

    @Option(
        help: ArgumentHelp(
            "Pretend it is this moment: YYYY-MM-DD (noon UTC) or YYYY-MM-DDTHH:MM:SSZ.", valueName: "date"))
    var now: NowOption?

    @Option(
        name: .customLong("fault"),
        help: ArgumentHelp(
            "Inject a failure: \(SimulatorFault.Kind.allCases.map(\.rawValue).joined(separator: ", ")), optionally with a probability (server-error:0.2, slow:50%). Repeatable.",
            valueName: "kind[:p]"))
    var faults: [SimulatorFault] = []

    /// The simulator configuration for these options on `port`; `clock` is "now" unless `--now` was given.
    func configuration(port: Int, clock: Date = Date()) -> SimulatorConfiguration {
        SimulatorConfiguration(port: port, seed: seed, now: now?.date ?? clock, faults: faults)
    }
}

extension SimulatorFault: ExpressibleByArgument {
    public init?(argument: String) {
        guard let parsed = try? SimulatorFault(parsing: argument) else { return nil }
        self = parsed
    }
}
