import Config
import CostCore
import Foundation
import Providers

/// The key under which an account's records are cached: its name and every setting that
/// changes which records it returns (its provider's ``ProviderSettings/cacheKeyParts``), never a
/// credential. Changing the endpoint, the projects
/// or the VAT choice therefore starts a fresh series instead of mixing old and new numbers.
package enum CacheIdentity {
    /// The key of a configured account.
    package static func key(for account: AccountConfig) -> String {
        key(for: account, settingsParts: account.settings.cacheKeyParts)
    }

    /// Keys `account` had in earlier versions, for settings that no longer change its records
    /// (``ProviderSettings/earlierCacheKeyParts``).
    package static func earlierKeys(for account: AccountConfig) -> [String] {
        account.settings.earlierCacheKeyParts.map { key(for: account, settingsParts: $0) }
    }

    private static func key(for account: AccountConfig, settingsParts: [String]) -> String {
        var parts = ["name=\(account.name)", "provider=\(account.provider.rawValue)"]
        if let endpoint = account.endpoint { parts.append("endpoint=\(endpoint.keyText)") }
        return (parts + settingsParts).joined(separator: "; ")
    }

    /// The key of a demo account: its data is a function of the seed and of the simulated day,
    /// and the simulator's port changes every run, so those replace the endpoint.
    static func demoKey(name: String, provider: ProviderKind, seed: UInt64, now: Date) -> String {
        let day = CivilDateTime(now, utcOffsetSeconds: 0).dateText
        return "name=\(name); provider=\(provider.rawValue); demo seed=\(seed); simulated day=\(day)"
    }
}
