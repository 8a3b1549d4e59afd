import Config
import CostCore
import Foundation
import Providers

/// Turns configured accounts into fetchers.
enum AccountFactory {
    /// The fetcher for `account`, or an error saying why it cannot be read
    /// (a credential that cannot be resolved, or a provider this version does not read yet).
    static func fetcher(for account: AccountConfig, transport: any HTTPTransport) throws(ConfigError)
        -> any AccountFetcher
    {
        switch account.provider {
        case .selectel:
            guard let tokenSource = account.token else { throw ConfigError("\(account.name): no token configured") }
            let token: Secret
            do { token = try tokenSource.resolve() } catch { throw ConfigError("\(account.name): \(error.message)") }
            let endpoint: Endpoint
            if let configured = account.endpoint {
                endpoint = configured
            } else {
                do { endpoint = try Endpoint("https://api.selectel.ru") } catch {
                    throw ConfigError("\(account.name): \(error.message)")
                }
            }
            let zone = account.timezone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Europe/Moscow")!
            let selectel = SelectelAccount(
                name: account.name, endpoint: endpoint, token: token,
                providerKeys: account.providerKeys ?? SelectelAccount.documentedProviderKeys,
                utcOffsetSeconds: zone.secondsFromGMT())
            return SelectelFetcher(client: SelectelClient(account: selectel, transport: transport))
        case .cloudru, .onapp, .seeweb, .f5xc:
            throw ConfigError(
                "\(account.name): reading \(account.provider.displayName) spend is not available in this version of costscope yet; the account is shown but not fetched"
            )
        }
    }
}
