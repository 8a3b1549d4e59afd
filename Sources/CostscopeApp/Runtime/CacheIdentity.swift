import Config
import CostCore
import Foundation
import Providers

/// The key under which an account's records are cached: its name and every setting that
/// changes which records it returns, never a credential. Changing the endpoint, the projects
/// or the VAT choice therefore starts a fresh series instead of mixing old and new numbers.
package enum CacheIdentity {
    /// The key of a configured account.
    package static func key(for account: AccountConfig) -> String {
        key(for: account, cloudRuAPIVersion: nil)
    }

    /// Keys `account` had in earlier versions, for settings that no longer change its records:
    /// the Cloud.ru API version (v1 and v2 read the same spend) used to be part of the key.
    package static func earlierKeys(for account: AccountConfig) -> [String] {
        guard account.provider == .cloudru else { return [] }
        return CloudRuAPIVersion.allCases.map { key(for: account, cloudRuAPIVersion: $0) }
    }

    private static func key(for account: AccountConfig, cloudRuAPIVersion: CloudRuAPIVersion?) -> String {
        var parts = ["name=\(account.name)", "provider=\(account.provider.rawValue)"]
        if let endpoint = account.endpoint { parts.append("endpoint=\(withoutUserInfo(endpoint.baseURL))") }
        if let iam = account.iamEndpoint { parts.append("iam=\(withoutUserInfo(iam.baseURL))") }
        if let keys = account.providerKeys {
            parts.append("provider_keys=\(keys.sorted().joined(separator: ","))")
        } else if account.provider == .selectel {
            // Without a list every service is asked for; periods cached when the default was the
            // documented list may lack services, so they are fetched again under a new key.
            parts.append("provider_keys=all")
        }
        if let zone = account.timezone { parts.append("timezone=\(zone)") }
        // Names come in the locale's language; the header that carries the token changes nothing stored.
        if let locale = account.locale { parts.append("locale=\(locale)") }
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
            if let version = cloudRuAPIVersion { parts.append("api_version=\(version)") }
        }
        if let user = account.userID { parts.append("user_id=\(user)") }
        if let format = account.format { parts.append("format=\(format)") }
        // The currency assumed when the provider does not say labels every stored amount.
        if let currency = account.currency { parts.append("currency=\(currency.code)") }
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
