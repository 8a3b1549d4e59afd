import Foundation

extension DemoAccounts {
    /// The cache key of every demo account: the simulated data depends on the seed and the
    /// simulated day, not on the simulator's (random) port.
    func cacheKeys(seed: UInt64, now: Date) -> [String: String] {
        Dictionary(
            accounts.map {
                ($0.name, CacheIdentity.demoKey(name: $0.name, provider: $0.provider, seed: seed, now: now))
            },
            uniquingKeysWith: { first, _ in first })
    }
}
