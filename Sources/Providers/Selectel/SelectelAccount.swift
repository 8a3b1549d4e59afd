import CostCore
import Foundation

/// How to reach one Selectel (or Servercore) account.
public struct SelectelAccount: Sendable {
    /// The public API host.
    public static let defaultEndpoint = "https://api.selectel.ru"
    /// Every provider key the API documents.
    public static let documentedProviderKeys = [
        "vpc", "serverless", "mks", "dbaas", "storage", "cdn", "vmware", "craas", "ones", "mobfarm", "ses",
    ]
    /// The documented keys plus those seen in real answers: what is asked for when the API
    /// insists on a `provider_keys` filter.
    public static let knownProviderKeys = documentedProviderKeys + ["inference", "private_storage", "netdisk"]
    /// Moscow time, the zone Selectel's naive datetimes are in unless configured otherwise.
    public static let moscow = TimeZone(identifier: "Europe/Moscow")!

    /// The account name shown in the UI.
    public var name: String
    /// The API base, e.g. `https://api.selectel.ru`.
    public var endpoint: Endpoint
    /// The credential: a static `X-Token` key or an IAM token, as ``auth`` says.
    public var token: Secret
    /// Which header carries ``token``.
    public var auth: SelectelAuth
    /// Which services to include; nil asks for every service (no filter), falling back to
    /// ``knownProviderKeys`` when the API requires the filter.
    public var providerKeys: [String]?
    /// The zone of the API's naive datetimes, converted with its rules at each instant.
    public var zone: TimeZone
    /// The language of names the API localises.
    public var locale: SelectelLocale
    /// The currency used when `/v3/balances` does not name one (default RUB).
    public var currency: Currency?
    /// The per-request timeout; the statistics API is slow for big accounts.
    public var timeout: Duration
    /// Retries for 429, 5xx and dropped connections.
    public var retry: RetryPolicy
    /// Where this account's warnings and fallbacks go: the run's when built from a config.
    public var notes = FetchNotes()

    /// Adds warnings and fallbacks to ``notes`` under this account's name.
    public var note: AccountNotes { AccountNotes(provider: .selectel, account: name, notes: notes) }

    public init(
        name: String, endpoint: Endpoint, token: Secret, auth: SelectelAuth = .xToken,
        providerKeys: [String]? = nil, zone: TimeZone = SelectelAccount.moscow, locale: SelectelLocale = .en,
        currency: Currency? = nil, timeout: Duration = .seconds(180), retry: RetryPolicy = RetryPolicy()
    ) {
        self.name = name
        self.endpoint = endpoint
        self.token = token
        self.auth = auth
        self.providerKeys = providerKeys
        self.zone = zone
        self.locale = locale
        self.currency = currency
        self.timeout = timeout
        self.retry = retry
    }
}

/// The `locale` parameter: the language of the names Selectel localises.
public enum SelectelLocale: String, Sendable, CaseIterable {
    case en, ru
}

/// Which documented header carries a Selectel credential.
public enum SelectelAuth: String, Sendable, CaseIterable {
    /// `X-Token`: the static key from the control panel.
    case xToken = "x-token"
    /// `X-Auth-Token`: a Keystone/IAM token of a service user (valid about 24 hours).
    case xAuthToken = "x-auth-token"

    /// The header name.
    public var header: String {
        switch self {
        case .xToken: "X-Token"
        case .xAuthToken: "X-Auth-Token"
        }
    }
}
