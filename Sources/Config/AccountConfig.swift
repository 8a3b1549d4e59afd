import CostCore
import Providers

/// One `[[accounts]]` entry of the config file, validated: the keys every account has, and what
/// its provider's profile read of its own (``settings``).
public struct AccountConfig: Sendable, Equatable {
    /// The name shown in the accounts pane; unique in the file.
    public var name: String
    public var provider: ProviderKind
    /// The API base; nil means the provider's own single host.
    public var endpoint: Endpoint?
    /// Where each credential is read from, by its base key (`token`, `key_id`, `secret`, `api_key`).
    public var credentials: [String: CredentialSource] = [:]
    /// The provider's own settings (``ProviderProfile/readSettings``).
    public var settings: any ProviderSettings
    /// How long a `*_command` credential may run before it is stopped.
    public var commandTimeout: Duration = CredentialSource.defaultCommandTimeout
    /// Where the account is written, as `file:line` of its `[[accounts]]` header (or just the file).
    public var location: String = ""
    /// Where each key of the account is written, as `file:line`, for problems found only when a
    /// value is used (an unset environment variable, a failing command).
    public var keyLocations: [String: String] = [:]
    /// The longest one request may take, answer included (`timeout_seconds`); nil for the
    /// provider's default.
    public var timeoutSeconds: Int?

    public init(name: String, provider: ProviderKind, settings: any ProviderSettings) {
        self.name = name
        self.provider = provider
        self.settings = settings
    }

    /// The API token (Selectel `X-Token` or `X-Auth-Token`, Seeweb `X-APITOKEN`, F5 `APIToken`).
    public var token: CredentialSource? { credentials["token"] }

    public static func == (lhs: AccountConfig, rhs: AccountConfig) -> Bool {
        lhs.name == rhs.name && lhs.provider == rhs.provider && lhs.endpoint == rhs.endpoint
            && lhs.credentials == rhs.credentials && lhs.settings.isSame(as: rhs.settings)
            && lhs.commandTimeout == rhs.commandTimeout && lhs.location == rhs.location
            && lhs.keyLocations == rhs.keyLocations && lhs.timeoutSeconds == rhs.timeoutSeconds
    }
}
