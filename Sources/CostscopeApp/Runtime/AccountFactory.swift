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
        let fetcher: any SpendSource =
            switch account.provider {
            case .selectel: try selectel(account, network: network)
            case .cloudru: try cloudRu(account, network: network)
            case .seeweb: try seeweb(account, network: network, now: now)
            case .f5xc: try f5(account, network: network)
            case .onapp: try onApp(account, network: network)
            }
        return network.limited(SpendLimitedFetcher(upstream: fetcher), for: account)
    }

    private static func selectel(_ account: AccountConfig, network: FetchNetwork) throws(ConfigError)
        -> any SpendSource
    {
        let token = try resolve(account.token, "token", in: account)
        let base = try endpoint(account.endpoint, default: SelectelAccount.defaultEndpoint, for: account)
        var selectel = SelectelAccount(
            name: account.name, endpoint: base, token: token, auth: account.selectelAuth ?? .xToken,
            providerKeys: account.providerKeys,
            zone: account.timezone.flatMap(TimeZone.init(identifier:)) ?? SelectelAccount.moscow,
            locale: account.locale.flatMap(SelectelLocale.init(rawValue:)) ?? .en,
            currency: account.currency)
        selectel.timeout = network.requestTimeLimit(for: account, default: selectel.timeout)
        selectel.retry = network.retry
        selectel.notes = network.notes
        return SelectelClient(account: selectel, transport: network.transport(for: account))
    }

    private static func cloudRu(_ account: AccountConfig, network: FetchNetwork) throws(ConfigError)
        -> any SpendSource
    {
        let keyID = try resolve(account.keyID, "key_id", in: account)
        let secret = try resolve(account.secret, "secret", in: account)
        let base = try endpoint(account.endpoint, default: CloudRuAccount.defaultEndpoint, for: account)
        let iam = try endpoint(account.iamEndpoint, default: CloudRuAccount.defaultIAMEndpoint, for: account)
        var cloudRu = CloudRuAccount(
            name: account.name, endpoint: base, iamEndpoint: iam, keyID: keyID, secret: secret,
            agreementID: account.agreementID, projectIDs: account.projectIDs, projectNames: account.projectNames,
            serviceNames: account.serviceNames, apiVersion: account.cloudRuAPIVersion,
            zone: account.timezone.flatMap(TimeZone.init(identifier:)) ?? CloudRuAccount.defaultZone,
            includeVAT: account.includeVAT)
        cloudRu.timeout = network.requestTimeLimit(for: account, default: cloudRu.timeout)
        cloudRu.retry = network.retry
        cloudRu.notes = network.notes
        return CloudRuClient(account: cloudRu, transport: network.transport(for: account))
    }

    private static func seeweb(_ account: AccountConfig, network: FetchNetwork, now: Date?)
        throws(ConfigError) -> any SpendSource
    {
        let token = try resolve(account.token, "token", in: account)
        let base = try endpoint(account.endpoint, default: SeewebAccount.defaultHost, for: account)
        let zone = account.timezone.flatMap(TimeZone.init(identifier:)) ?? SeewebAccount.defaultZone
        let clock: @Sendable () -> Date
        if let now {
            clock = { now }
        } else {
            clock = { Date() }
        }
        var seeweb = SeewebAccount(
            name: account.name, endpoint: base, token: token,
            format: account.format.flatMap(SeewebAccount.Format.init(rawValue:)) ?? .json, zone: zone, now: clock)
        if let currency = account.currency { seeweb.currency = currency }
        seeweb.timeout = network.requestTimeLimit(for: account, default: seeweb.timeout)
        seeweb.retry = network.retry
        seeweb.notes = network.notes
        return SeewebClient(account: seeweb, transport: network.transport(for: account))
    }

    private static func f5(_ account: AccountConfig, network: FetchNetwork) throws(ConfigError)
        -> any SpendSource
    {
        let token = try resolve(account.token, "token", in: account)
        guard let base = account.endpoint else {
            throw problem("needs base_url = \"https://<tenant>.console.ves.volterra.io\"", in: account)
        }
        var f5 = F5Account(name: account.name, endpoint: base, token: token)
        f5.timeout = network.requestTimeLimit(for: account, default: f5.timeout)
        f5.retry = network.retry
        f5.notes = network.notes
        return F5Client(account: f5, transport: network.transport(for: account))
    }

    private static func onApp(_ account: AccountConfig, network: FetchNetwork) throws(ConfigError)
        -> any SpendSource
    {
        let apiKey = try resolve(account.apiKey, "api_key", in: account)
        guard let base = account.endpoint else {
            throw problem("needs base_url = \"https://your-control-panel\"", in: account)
        }
        guard let text = account.userID, let userID = Int(text), userID > 0 else {
            throw problem("user_id must be a positive whole number (the OnApp user's id)", at: "user_id", in: account)
        }
        guard let email = account.email else { throw problem("no email configured", in: account) }
        var onApp = OnAppAccount(
            name: account.name, endpoint: base, userID: userID, email: email, apiKey: apiKey,
            format: account.format.flatMap(OnAppFormat.init(rawValue:)) ?? .json)
        onApp.timeout = network.requestTimeLimit(for: account, default: onApp.timeout)
        onApp.retry = network.retry
        onApp.notes = network.notes
        return OnAppClient(account: onApp, transport: network.transport(for: account))
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

    /// The configured endpoint, or the provider's own host.
    private static func endpoint(_ configured: Endpoint?, default url: String, for account: AccountConfig)
        throws(ConfigError) -> Endpoint
    {
        if let configured { return configured }
        do { return try Endpoint(url) } catch { throw problem(error.message, in: account) }
    }

    /// The billing API base an account talks to: the configured `base_url`, else the provider's
    /// public host; nil when the provider has no public host and none is configured (F5, OnApp).
    static func billingEndpoint(for account: AccountConfig) -> Endpoint? {
        if let configured = account.endpoint { return configured }
        return ProviderProfile.of(account.provider).publicEndpoint.flatMap { try? Endpoint($0) }
    }
}
