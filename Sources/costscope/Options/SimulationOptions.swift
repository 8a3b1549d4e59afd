import ArgumentParser
import CostscopeApp
import Foundation
import Simulator

/// Options that fix the simulated data (the seed and the moment taken as "now") and the
/// failures the simulator injects.
struct SimulationOptions: ParsableArguments {
    @Option(
        parsing: .unconditional, help: "Seed of the simulated data.",
        transform: { text in try NumberArgument.whole(text, as: UInt64.self) })
    var seed: UInt64 = 42

    @OptionGroup var clock: ClockOptions

    @Option(
        name: .customLong("fault"),
        help: ArgumentHelp(
            "Inject a failure: \(SimulatorFault.Kind.allCases.map(\.rawValue).joined(separator: ", ")), optionally with a probability (server-error:0.2, slow:50%). Repeatable.",
            valueName: "kind[:p]"))
    var faults: [SimulatorFault] = []

    @Option(
        name: .customLong("variation"),
        help: ArgumentHelp(
            "Serve a documented answer shape the client does not prefer: all, or one of \(SimulatorVariation.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable.",
            valueName: "name"),
        transform: { (text: String) throws -> Set<SimulatorVariation> in
            do { return try SimulatorVariation.parse(text) } catch let error as SimulatorError {
                guard case .invalidConfiguration(let reason) = error else { throw ValidationError(error.description) }
                throw ValidationError(reason)
            }
        })
    var variations: [Set<SimulatorVariation>] = []

    /// The simulator configuration for these options on `port`, its "now" being `now`.
    func configuration(port: Int, now: Date) -> SimulatorConfiguration {
        SimulatorConfiguration(
            port: port, seed: seed, now: now, faults: faults, variations: variations.reduce([]) { $0.union($1) })
    }
}

extension SimulatorFault: ExpressibleByArgument {
    public init?(argument: String) {
        guard let parsed = try? SimulatorFault(parsing: argument) else { return nil }
        self = parsed
    }
}
