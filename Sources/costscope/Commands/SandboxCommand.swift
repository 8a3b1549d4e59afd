import ArgumentParser
import CostscopeApp
import Dispatch
import Foundation
import Simulator

/// `costscope sandbox`: the simulator alone, for scripts, tests and curl.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the built-in simulator of the billing APIs on 127.0.0.1.",
        discussion: """
            Serves the same simulated APIs that `costscope demo` uses, until Ctrl-C. On start it prints where it listens and the credentials it accepts.

            Examples:
              costscope sandbox --port 8080
              costscope sandbox --port 0 --seed 7 --now 2026-11-20
              costscope sandbox --port 8080 --fault rate-limit:0.2 --fault slow:10%
              costscope sandbox --port 8080 --print-config > sandbox.toml && costscope --config sandbox.toml
            """)

    @Option(
        parsing: .unconditional, help: "TCP port on 127.0.0.1; 0 picks a free one.",
        transform: { text in try NumberArgument.whole(text, as: Int.self) })
    var port: Int = 8080

    @OptionGroup var simulation: SimulationOptions

    @Flag(
        name: .long,
        help: "Print a ready config.toml for a simulator on --port (no environment variables needed) and exit.")
    var printConfig = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0…65535, not \(port)") }
        if printConfig && port == 0 { throw ValidationError("--print-config needs a fixed --port N (not 0)") }
    }

    func run() async throws {
        let now = try simulation.clock.commandClock().now
        if printConfig {
            let text = SandboxConfig.text(port: port, seed: simulation.seed, now: now)
            StandardOutput.write(text)
            return
        }
        let simulator: RunningSimulator
        do {
            simulator = try await Simulator.start(simulation.configuration(port: port, now: now))
        } catch let error as SimulatorError {
            throw CommandFailure(error.description)
        }
        StandardOutput.line(simulator.banner)
        await waitForTerminationSignal()
        await simulator.stop()
    }

    private func waitForTerminationSignal() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let queue = DispatchQueue(label: "costscope.sandbox.signals")
            let once = SignalOnce(continuation)
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
                source.setEventHandler { once.fire() }
                source.resume()
                once.keep(source)
            }
        }
    }
}

/// Resumes a continuation once, keeping the signal sources alive until then.
private final class SignalOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Void, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

    func keep(_ source: any DispatchSourceSignal) {
        lock.withLock { sources.append(source) }
    }

    func fire() {
        let pending = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            defer { continuation = nil }
            return continuation
        }
        pending?.resume()
    }
}
