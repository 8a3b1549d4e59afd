import CostCore
import Foundation

/// What costscope knows of a provider beyond its client: one value per provider, declared in the
/// provider's own folder and listed once in ``all``. Code outside a provider's folder asks its
/// profile (``of(_:)``) instead of switching over ``ProviderKind``.
public struct ProviderProfile: Sendable {
    public var kind: ProviderKind
    /// The billing API's public base URL, used when an account sets no `base_url`; nil when
    /// every installation has its own host (OnApp clouds, F5 tenants).
    public var publicEndpoint: String?
    /// The config keys that hold the credential, as `doctor` names them (never their values).
    public var credentialKeys: String
    /// What to do when the API rejects the credential (401).
    public var rejectedCredentialAdvice: String
    /// What to do when the credential may not read billing (403).
    public var forbiddenAdvice: String
    /// The keys of an `[[accounts]]` table only this provider understands.
    public var configKeys: Set<String>
    /// Reads and checks those keys (the common ones are read already).
    public var readSettings: @Sendable (any AccountKeys) throws(SettingsProblem) -> any ProviderSettings
    /// What the explorer and the cache need to know: words, drill path, detail, settling.
    public var traits: ProviderTraits

    /// Every provider's profile: a new provider adds its line here.
    public static let all: [ProviderProfile] = [.selectel, .cloudRu, .onApp, .seeweb, .f5]

    /// Every provider's traits, for code that cannot see the profiles.
    public static let catalog = ProviderCatalog(all.map(\.traits))

    /// The profile of `kind` (every kind has one: a test holds ``all`` to that).
    public static func of(_ kind: ProviderKind) -> ProviderProfile {
        guard let profile = all.first(where: { $0.kind == kind }) else {
            preconditionFailure("ProviderProfile.all lists no profile for \(kind.rawValue)")
        }
        return profile
    }
}
