import Synchronization

/// The access tokens issued by the simulated IAM endpoint and when they expire.
///
/// Tokens are opaque, unique per call and deterministic (the seed and the call's sequence
/// number), e.g. `crsim.` followed by 32 hex digits. Each one is valid for ``lifetime`` of
/// real elapsed time measured by the server's monotonic clock, independent of the simulated
/// "now" that dates the data.
final class CloudRuTokenStore: Sendable {
    /// What the store knows about a presented token.
    enum Verdict: Sendable, Equatable {
        case valid, expired, unknown
    }

    /// How long a token stays valid after it is issued.
    let lifetime: Duration

    private struct State {
        var issuedCount: UInt64 = 0
        var expiries: [String: ContinuousClock.Instant] = [:]
    }

    private let salt: UInt64
    private let state = Mutex(State())

    init(seed: UInt64, lifetime: Duration) {
        self.salt = SplitMix64.mix(seed ^ 0x4941_4D54_4F4B_454E)
        self.lifetime = lifetime
    }

    /// `expires_in`: the lifetime in whole seconds.
    var lifetimeSeconds: Int64 {
        lifetime.components.seconds
    }

    /// Issues a new token, valid from now for ``lifetime``.
    func issue() -> String {
        let expiry = ContinuousClock.now.advanced(by: lifetime)
        return state.withLock { state in
            state.issuedCount += 1
            var writer = JSONWriter(capacity: 38)
            writer.raw("crsim.")
            writer.hex(SplitMix64.hash(salt, state.issuedCount))
            writer.hex(SplitMix64.hash(state.issuedCount, salt))
            let token = String(decoding: writer.bytes, as: UTF8.self)
            if state.issuedCount % 1024 == 0 {
                // A long-running sandbox should not keep every token forever: forget tokens
                // that expired a day ago (they then count as unknown, still a 401).
                let horizon = ContinuousClock.now.advanced(by: .seconds(-86_400))
                state.expiries = state.expiries.filter { $0.value > horizon }
            }
            state.expiries[token] = expiry
            return token
        }
    }

    /// Whether `token` was issued here and has not expired yet.
    func verdict(for token: String) -> Verdict {
        guard let expiry = state.withLock({ $0.expiries[token] }) else { return .unknown }
        return ContinuousClock.now < expiry ? .valid : .expired
    }
}
