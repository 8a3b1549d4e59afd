import Config
import Providers

extension AccountFactory {
    /// The billing API base an account talks to: the configured `base_url`, else the provider's
    /// public host; nil when the provider has no public host and none is configured (F5, OnApp).
    static func billingEndpoint(for account: AccountConfig) -> Endpoint? {
        if let configured = account.endpoint { return configured }
        let host: String? =
            switch account.provider {
            case .selectel: "https://api.selectel.ru"
            case .cloudru: CloudRuAccount.defaultEndpoint
            case .seeweb: "https://api.seeweb.it"
            case .f5xc, .onapp: nil
            }
        return host.flatMap { try? Endpoint($0) }
    }
}
