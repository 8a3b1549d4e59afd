import Config
import CostCore
import Foundation

/// The key under which an account's records are cached: its name and every setting that
/// changes which records it returns, never a credential. Changing the endpoint, the projects
/// or the VAT choice therefore starts a fresh series instead of mixing old and new numbers.
enum CacheIdentity {
    /// The key of a configured account.
    static func key(for account: AccountConfig) -> String {
        var parts = ["name=\(account.name)", "provider=\(account.provider.rawValue)"]
        if let endpoint = account.endpoint { parts.append("endpoint=\(withoutUserInfo(endpoint.baseURL))") }
        if let iam = account.iamEndpoint { parts.append("iam=\(withoutUserInfo(iam.baseURL))") }
        if let keys = account.providerKeys { parts.append("provider_keys=\(keys.sorted().joined(separator: ","))") }
        if let zone = account.timezone { parts.append("timezone=\(zone)") }
        // Both change what is stored (names, the currency of amounts); the header carrying the token does not.
        if let locale = account.locale { parts.append("locale=\(locale)") }
        if let currency = account.currency { parts.append("currency=\(currency)") }
        if let agreement = account.agreementID { parts.append("agreement_id=\(agreement)") }
        if !account.projectIDs.isEmpty {
            parts.append("project_ids=\(account.projectIDs.sorted().joined(separator: ","))")
        }
        if !account.projectNames.isEmpty {
            let names = account.projectNames.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }
            parts.append("project_names=\(names.joined(separator: ","))")
        }
        if !account.serviceNames.isEmpty {
            parts.append("service_names=\(account.serviceNames.sorted().joined(separator: ","))")
        }
        if account.provider == .cloudru {
            parts.append("include_vat=\(account.includeVAT)")
            parts.append("api_version=\(account.cloudRuAPIVersion)")
        }
        if let user = account.userID { parts.append("user_id=\(user)") }
        if let format = account.format { parts.append("format=\(format)") }
        return parts.joined(separator: "; ")
    }

    /// The key of a demo account: its data is a function of the seed and of the simulated day,
    /// and the simulator's port changes every run, so those replace the endpoint.
    static func demoKey(name: String, provider: ProviderKind, seed: UInt64, now: Date) -> String {
        let day = CivilDateTime(now, utcOffsetSeconds: 0).dateText
        return "name=\(name); provider=\(provider.rawValue); demo seed=\(seed); simulated day=\(day)"
    }

    /// `url` without a user name, password, query or fragment.
    private static func withoutUserInfo(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.host ?? "" }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? url.host ?? ""
    }
}
