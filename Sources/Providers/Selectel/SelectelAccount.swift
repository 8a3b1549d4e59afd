import Foundation

/// How to reach one Selectel (or Servercore) account.
public struct SelectelAccount: Sendable {
    /// Every provider key the API documents; unknown keys are accepted too.
    public static let documentedProviderKeys = [
        "vpc", "serverless", "mks", "dbaas", "storage", "cdn", "vmware", "craas", "ones", "mobfarm", "ses",
    ]
    /// Moscow time, the zone Selectel's naive datetimes are in.
    public static let moscowOffsetSeconds = 3 * 3_600

    /// The account name shown in the UI.
    public var name: String
    /// The API base, e.g. `https://api.selectel.ru`.
    public var endpoint: Endpoint
    /// The static `X-Token` key.
    public var token: Secret
    /// Which services to include.
    public var providerKeys: [String]
    /// The fixed UTC offset of the API's naive datetimes (default Moscow, UTC+3).
    public var utcOffsetSeconds: Int
    /// The language of names the API localises (`en` or `ru`).
    public var locale: String
    /// The per-request timeout; the statistics API is slow for big accounts.
    public var timeout: Duration
    /// Retries for 429, 5xx and dropped connections.
    public var retry: RetryPolicy
    /// Where this account's warnings and fallbacks go: the run's when built from a config.
    public var notes = FetchNotes()

    /// Adds warnings and fallbacks to ``notes`` under this account's name.
    public var note: AccountNotes { AccountNotes(provider: .selectel, account: name, notes: notes) }

    /// Creates an account description.
    public init(
        name: String, endpoint: Endpoint, token: Secret,
        providerKeys: [String] = SelectelAccount.documentedProviderKeys,
        utcOffsetSeconds: Int = SelectelAccount.moscowOffsetSeconds, locale: String = "en",
        timeout: Duration = .seconds(180), retry: RetryPolicy = RetryPolicy()
    ) {
        self.name = name
        self.endpoint = endpoint
        self.token = token
        self.providerKeys = providerKeys
        self.utcOffsetSeconds = utcOffsetSeconds
        self.locale = locale
        self.timeout = timeout
        self.retry = retry
    }
}
