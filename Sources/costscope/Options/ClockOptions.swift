import ArgumentParser
import CostscopeApp
import Foundation

/// The moment a command takes as "now": `--now`, else `COSTSCOPE_NOW`, else the system clock.
/// Both fixed forms exist for tests and demos, so that a run gives the same answer on any day.
struct ClockOptions: ParsableArguments {
    /// The environment variable read when `--now` is not given.
    static let environmentName = "COSTSCOPE_NOW"

    @Option(
        help: ArgumentHelp(
            "Pretend it is this moment, for tests and demos: YYYY-MM-DD (noon UTC) or YYYY-MM-DDTHH:MM:SSZ (default: $COSTSCOPE_NOW, else the system clock).",
            valueName: "date"),
        transform: { text in try NowOption(parsing: text) })
    var now: NowOption?

    func validate() throws { _ = try commandClock() }

    /// The clock these options and `environment` choose; a malformed or out-of-range
    /// `COSTSCOPE_NOW` is a usage error naming the variable.
    func commandClock(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CommandClock {
        if let now { return CommandClock(fixed: now.date) }
        guard let text = environment[Self.environmentName], !text.isEmpty else { return CommandClock(fixed: nil) }
        do { return CommandClock(fixed: try NowOption(parsing: text).date) } catch {
            let shown = text.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "" : "='\(text)'"
            throw ValidationError("\(Self.environmentName)\(shown): \(error.message)")
        }
    }
}
