import Foundation

/// The time limits of the shared HTTP client. The per-request limit on the whole exchange is
/// each account's `timeout`; these apply to every connection.
public struct TransportTimeouts: Sendable, Equatable {
    /// How long establishing a connection (TCP and TLS) may take.
    public var connect: Duration
    /// How long the server may send nothing, before or during its answer; reset by every byte.
    public var idle: Duration

    public init(connect: Duration = .seconds(5), idle: Duration = .seconds(30)) {
        self.connect = connect
        self.idle = idle
    }

    /// The defaults, or the test-only overrides `COSTSCOPE_TEST_CONNECT_TIMEOUT_MS` and
    /// `COSTSCOPE_TEST_IDLE_TIMEOUT_MS` (milliseconds), which keep hostile-server tests fast.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> TransportTimeouts
    {
        var timeouts = TransportTimeouts()
        if let limit = testMilliseconds("COSTSCOPE_TEST_CONNECT_TIMEOUT_MS", environment) { timeouts.connect = limit }
        if let limit = testMilliseconds("COSTSCOPE_TEST_IDLE_TIMEOUT_MS", environment) { timeouts.idle = limit }
        return timeouts
    }

    /// A positive whole number of milliseconds from a test-only variable, else nil.
    public static func testMilliseconds(_ name: String, _ environment: [String: String]) -> Duration? {
        guard let text = environment[name], let value = Int(text), value > 0 else { return nil }
        return .milliseconds(value)
    }
}
