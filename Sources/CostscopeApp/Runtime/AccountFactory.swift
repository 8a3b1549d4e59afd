import Config
import CostCore
import Foundation
import Providers

/// Turns configured accounts into fetchers.
package enum AccountFactory {
    /// The fetcher for `account`, or an error saying why it cannot be read
    /// (a credential that cannot be resolved, or a setting the provider needs).
    /// `now` fixes the clock (the simulator's "now" in the demo); nil means the real time.
    /// Requests go through `network`, with its time limits and retries.
    package static func fetcher(for account: AccountConfig, network: FetchNetwork, now: Date? = nil)
        throws(ConfigError) -> any SpendSource
    {
        let clock: @Sendable () -> Date
        if let now {
            clock = { now }
        } else {
            clock = { Date() }
        }
        let context = SourceContext(
            name: account.name, endpoint: account.endpoint, transport: network.transport(for: account),
            retry: network.retry, notes: network.notes, now: clock,
            requestTimeLimit: { network.requestTimeLimit(for: account, default: $0) },
            secret: { base throws(SettingsProblem) in
                do throws(ConfigError) { return try resolve(account.credentials[base], base, in: account) } catch {
                    throw SettingsProblem(error.message)
                }
            },
            problem: { SettingsProblem(problem($0, at: $1, in: account).message) })
        let fetcher: any SpendSource
        do throws(SettingsProblem) { fetcher = try account.settings.source(context) } catch {
            throw ConfigError(error.message)
        }
        return network.limited(SpendLimitedFetcher(upstream: fetcher), for: account)
    }

    /// Resolves a configured credential; a problem names where the key is written, the account
    /// and the key, never the value.
    private static func resolve(_ source: CredentialSource?, _ key: String, in account: AccountConfig)
        throws(ConfigError) -> Secret
    {
        guard let source else { throw problem("no \(key) configured", in: account) }
        do { return try source.resolve(key, commandTimeout: account.commandTimeout) } catch {
            throw problem(error.message, at: source.key(for: key), in: account)
        }
    }

    /// A problem with `account`, placed at the line of `key` (else of the account) in its file.
    private static func problem(_ message: String, at key: String? = nil, in account: AccountConfig) -> ConfigError {
        let location = key.flatMap { account.keyLocations[$0] } ?? account.location
        let label = "account '\(account.name)' (\(account.provider.rawValue))"
        return ConfigError("\(location.isEmpty ? "" : location + ": ")\(label): \(message)")
    }

    /// The billing API base an account talks to: the configured `base_url`, else the provider's
    /// public host; nil when the provider has no public host and none is configured (F5, OnApp).
    static func billingEndpoint(for account: AccountConfig) -> Endpoint? {
        if let configured = account.endpoint { return configured }
        return ProviderProfile.of(account.provider).publicEndpoint.flatMap { try? Endpoint($0) }
    }
}
