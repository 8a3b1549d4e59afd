import Synchronization

/// The simulated F5 rate limit: at most ``limit`` requests per API token within any one second
/// of real time (the server's monotonic clock, not the simulated "now"). Further requests in
/// that second are refused with 429 and `Retry-After: 1`; refused requests do not count.
///
/// F5 publishes no number; the simulator's default (``F5Routes/requestsPerSecond``) is far above
/// what a client fetching one view sequentially sends, so only a burst is refused.
final class F5RateLimiter: Sendable {
    /// Requests admitted per token within one second.
    let limit: Int

    private let window = Duration.seconds(1)
    private let admitted = Mutex<[String: [ContinuousClock.Instant]]>([:])

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Admits a request of `token` at `instant` and returns nil, or returns the seconds to wait
    /// (always 1: the oldest admitted request leaves the window within a second).
    func admit(token: String, at instant: ContinuousClock.Instant = .now) -> Int? {
        admitted.withLock { table in
            var recent = table[token, default: []]
            recent.removeAll { instant - $0 >= window }
            defer { table[token] = recent }
            guard recent.count < limit else { return 1 }
            recent.append(instant)
            return nil
        }
    }
}
