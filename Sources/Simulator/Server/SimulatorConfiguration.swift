import Foundation

/// How to run the built-in provider simulator.
///
/// Everything the simulator serves is a pure function of ``seed`` and ``now``; the other
/// settings only affect where and how fast it answers.
public struct SimulatorConfiguration: Sendable {
    /// Address to listen on; the default keeps the simulator on the loopback interface.
    public var host: String
    /// TCP port to listen on; 0 asks the system for a random free port.
    public var port: Int
    /// Seed of the deterministic data generator.
    public var seed: UInt64
    /// The simulated "now" (a UTC instant). Hours that have not ended before it are not billed yet.
    public var now: Date
    /// Delay added before every response (to exercise client loading states and timeouts).
    public var latency: Duration
    /// How long a simulated Cloud.ru access token stays valid (`expires_in`), measured in real
    /// elapsed time by the server, not on the simulated clock. Cloud.ru's is about an hour.
    public var cloudRuTokenLifetime: Duration
    /// Failures to inject into answers (none by default). Which requests meet them follows
    /// from ``seed`` and the order of requests.
    public var faults: [SimulatorFault]
    /// Documented answer shapes served instead of the ones the client prefers (none by default).
    public var variations: Set<SimulatorVariation>

    /// Creates a configuration; the defaults listen on a random loopback port with seed 42.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        seed: UInt64 = 42,
        now: Date = Date(),
        latency: Duration = .zero,
        cloudRuTokenLifetime: Duration = .seconds(3600),
        faults: [SimulatorFault] = [],
        variations: Set<SimulatorVariation> = []
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.now = now
        self.latency = latency
        self.cloudRuTokenLifetime = cloudRuTokenLifetime
        self.faults = faults
        self.variations = variations
    }
}
