import CostCore
import Providers

/// One `[[accounts]]` entry of the config file, validated.
public struct AccountConfig: Sendable, Equatable {
    /// The name shown in the accounts pane; unique in the file.
    public var name: String
    /// The provider.
    public var provider: ProviderKind
    /// The API base; nil means the provider's own single host.
    public var endpoint: Endpoint?
    /// The API token (Selectel `X-Token` or `X-Auth-Token`, Seeweb `X-APITOKEN`, F5 `APIToken`).
    public var token: CredentialSource?
    /// Selectel: the services to include; nil means all documented ones.
    public var providerKeys: [String]?
    /// Selectel: the zone of the API's naive datetimes (default Europe/Moscow). Cloud.ru: the zone
    /// whose days a `usedate` off UTC midnight falls in (default Europe/Moscow).
    public var timezone: String?
    /// Selectel: which header carries the token (`X-Token` unless `auth = "x-auth-token"`).
    public var selectelAuth: SelectelAuth?
    /// Selectel: the language of localised names (`en` or `ru`).
    public var locale: String?
    /// Cloud.ru: the agreement to read, or nil when `projectIDs` are given.
    public var agreementID: String?
    /// Cloud.ru: the projects to read.
    public var projectIDs: [String]
    /// Cloud.ru: the service account key id.
    public var keyID: CredentialSource?
    /// Cloud.ru: the service account secret.
    public var secret: CredentialSource?
    /// Cloud.ru: the IAM token endpoint.
    public var iamEndpoint: Endpoint?
    /// OnApp: the user whose statistics are read.
    public var userID: String?
    /// OnApp: the login email.
    public var email: String?
    /// OnApp: the API key (the Basic-auth password).
    public var apiKey: CredentialSource?
    /// Cloud.ru: display names of projects by id.
    public var projectNames: [String: String] = [:]
    /// Cloud.ru: only these services (`servname`); all when empty.
    public var serviceNames: [String] = []
    /// Cloud.ru: amounts with VAT (`amount_nds`, the default) or without (`amount`).
    public var includeVAT: Bool = true
    /// Cloud.ru: which consumption API to call (default v1, the documented one; v2 falls back to v1
    /// when it answers 404).
    public var cloudRuAPIVersion: CloudRuAPIVersion = .v1
    /// Selectel and Seeweb: the currency of the amounts when the provider does not say (nil: the
    /// provider's default, RUB for Selectel, EUR for Seeweb).
    public var currency: Currency?
    /// OnApp and Seeweb: ask for `xml` / `csv` instead of JSON.
    public var format: String?
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

    public init(
        name: String, provider: ProviderKind, endpoint: Endpoint? = nil, token: CredentialSource? = nil,
        providerKeys: [String]? = nil, timezone: String? = nil, agreementID: String? = nil, projectIDs: [String] = [],
        keyID: CredentialSource? = nil, secret: CredentialSource? = nil, iamEndpoint: Endpoint? = nil,
        userID: String? = nil, email: String? = nil, apiKey: CredentialSource? = nil
    ) {
        self.name = name
        self.provider = provider
        self.endpoint = endpoint
        self.token = token
        self.providerKeys = providerKeys
        self.timezone = timezone
        self.agreementID = agreementID
        self.projectIDs = projectIDs
        self.keyID = keyID
        self.secret = secret
        self.iamEndpoint = iamEndpoint
        self.userID = userID
        self.email = email
        self.apiKey = apiKey
    }
}
