import CostCore
import Foundation

/// A problem with an account's settings, already placed by whoever found it
/// (`costscope.toml:12: accounts[2] (prod): …`).
public struct SettingsProblem: Error, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}

/// The keys of one `[[accounts]]` table, as a provider's profile reads the ones only it
/// understands. The config reader implements it: every value is checked (no control characters,
/// a real zone, a three-letter currency) and every problem is placed at its key's line.
public protocol AccountKeys {
    /// `base_url`, already read and checked.
    var endpoint: Endpoint? { get }
    func string(_ key: String, allowInteger: Bool) throws(SettingsProblem) -> String?
    func strings(_ key: String) throws(SettingsProblem) -> [String]?
    /// An inline table of strings, e.g. `project_names = { "9f1c…" = "production" }`.
    func stringTable(_ key: String) throws(SettingsProblem) -> [String: String]?
    func bool(_ key: String) throws(SettingsProblem) -> Bool?
    /// A time zone name such as `Europe/Moscow`.
    func zone(_ key: String) throws(SettingsProblem) -> String?
    func currency(_ key: String) throws(SettingsProblem) -> Currency?
    /// One of `allowed`, in any case; returned in lower case.
    func choice(_ key: String, among allowed: [String]) throws(SettingsProblem) -> String?
    func endpoint(_ key: String) throws(SettingsProblem) -> Endpoint?
    /// Whether the credential `base` is given as `base`, `base_env` or `base_command` (exactly
    /// one of them); the config keeps where to read it, the profile only whether it is there.
    func hasCredential(_ base: String) throws(SettingsProblem) -> Bool
    /// A problem at `key` (at the account's header without one).
    func problem(_ message: String, key: String?) -> SettingsProblem
}

extension AccountKeys {
    public func string(_ key: String) throws(SettingsProblem) -> String? { try string(key, allowInteger: false) }

    /// Refuses an account without the credential `base`, naming how to give it (`example`).
    public func requireCredential(_ base: String, example: String) throws(SettingsProblem) {
        guard try !hasCredential(base) else { return }
        throw problem("needs a credential: \(example)", key: nil)
    }
}

/// What one account needs beyond the common keys, read by its provider's profile
/// (``ProviderProfile/readSettings``) and turned into its client when the account is opened.
public protocol ProviderSettings: Sendable {
    /// The settings that change which records the account returns, as `key=value` parts of its
    /// cache key, in a fixed order; never a credential.
    var cacheKeyParts: [String] { get }
    /// The cache keys' parts earlier versions used, when a setting that no longer changes the
    /// records used to be part of them (Cloud.ru's API version).
    var earlierCacheKeyParts: [[String]] { get }
    /// The zone a view of this account is best cut in, when its provider's days are not UTC days
    /// (Selectel's are Moscow days); nil otherwise.
    var viewZone: TimeZone? { get }
    /// The account's client.
    func source(_ context: SourceContext) throws(SettingsProblem) -> any SpendSource
    /// Whether `other` holds the same settings.
    func isSame(as other: any ProviderSettings) -> Bool
}

extension ProviderSettings {
    public var earlierCacheKeyParts: [[String]] { [] }
    public var viewZone: TimeZone? { nil }
}

extension ProviderSettings where Self: Equatable {
    public func isSame(as other: any ProviderSettings) -> Bool { (other as? Self) == self }
}

/// What building an account's client needs from the account's common keys and from the run.
public struct SourceContext: Sendable {
    /// The account's name.
    public var name: String
    /// `base_url`, when configured.
    public var endpoint: Endpoint?
    /// What the client sends through.
    public var transport: any HTTPTransport
    public var retry: RetryPolicy
    /// Where the client's warnings and fallbacks go.
    public var notes: FetchNotes
    /// "Now" for clients that ask for the current month (fixed in the demo and the tests).
    public var now: @Sendable () -> Date
    /// The per-request limit: `timeout_seconds`, else the given provider default.
    public var requestTimeLimit: @Sendable (Duration) -> Duration
    /// The resolved credential `base` (from the literal, the environment or the command).
    public var secret: @Sendable (String) throws(SettingsProblem) -> Secret
    /// A problem with the account, placed at `key`'s line when given.
    public var problem: @Sendable (String, String?) -> SettingsProblem

    public init(
        name: String, endpoint: Endpoint?, transport: any HTTPTransport, retry: RetryPolicy, notes: FetchNotes,
        now: @escaping @Sendable () -> Date, requestTimeLimit: @escaping @Sendable (Duration) -> Duration,
        secret: @escaping @Sendable (String) throws(SettingsProblem) -> Secret,
        problem: @escaping @Sendable (String, String?) -> SettingsProblem
    ) {
        self.name = name
        self.endpoint = endpoint
        self.transport = transport
        self.retry = retry
        self.notes = notes
        self.now = now
        self.requestTimeLimit = requestTimeLimit
        self.secret = secret
        self.problem = problem
    }

    /// The configured `base_url`, else the provider's public host `url`.
    public func endpoint(default url: String) throws(SettingsProblem) -> Endpoint {
        if let endpoint { return endpoint }
        do { return try Endpoint(url) } catch { throw problem(error.message, nil) }
    }

    /// The configured `base_url`, which a provider without a public host cannot do without.
    public func requiredEndpoint(example: String) throws(SettingsProblem) -> Endpoint {
        guard let endpoint else { throw problem("needs base_url = \"\(example)\"", nil) }
        return endpoint
    }
}
