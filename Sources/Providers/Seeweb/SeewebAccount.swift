import CostCore
import Foundation

/// How to reach one Seeweb ECS account.
public struct SeewebAccount: Sendable {
    /// The answer format asked for with `?type=`.
    public enum Format: String, Sendable, CaseIterable {
        /// A bare JSON array of rows (the documented sample's format).
        case json
        /// CSV (columns undocumented by Seeweb; see ``SeewebCSVDecoder`` for the layout read).
        case csv
    }

    /// The public API host.
    public static let defaultHost = "https://api.seeweb.it"

    /// ``defaultHost``.
    public static let defaultEndpoint: Endpoint = {
        do {
            return try Endpoint(defaultHost)
        } catch {
            preconditionFailure("the built-in Seeweb base URL is a valid https URL")
        }
    }()

    /// `Europe/Rome`: the zone the API is assumed to cut its billing months in. Seeweb does not
    /// say; it is an Italian provider, so this is a guess and stays configurable.
    public static let defaultZone: TimeZone =
        TimeZone(identifier: "Europe/Rome") ?? TimeZone(secondsFromGMT: 3_600) ?? TimeZone.current

    /// The account name shown in the UI.
    public var name: String
    /// The API base, e.g. `https://api.seeweb.it` (paths start with `/ecs/v2`).
    public var endpoint: Endpoint
    /// The API token sent as `X-APITOKEN`.
    public var token: Secret
    /// The answer format to ask for.
    public var format: Format
    /// The zone whose calendar months the API bills; decides which months a range touches
    /// and the UTC instants of each month's boundaries.
    public var zone: TimeZone
    /// The currency of every amount. Seeweb's answers name none; its prices are in euro, so
    /// EUR is assumed unless the account says otherwise.
    public var currency: Currency = .eur
    /// The per-request timeout.
    public var timeout: Duration
    /// Retries for 429, 5xx and dropped connections.
    public var retry: RetryPolicy
    /// Where this account's warnings and fallbacks go: the run's when built from a config.
    public var notes = FetchNotes()

    /// Adds warnings and fallbacks to ``notes`` under this account's name.
    public var note: AccountNotes { AccountNotes(provider: .seeweb, account: name, notes: notes) }
    /// The current time; months that start after it are never requested.
    public var now: @Sendable () -> Date

    public init(
        name: String, endpoint: Endpoint = SeewebAccount.defaultEndpoint, token: Secret, format: Format = .json,
        zone: TimeZone = SeewebAccount.defaultZone, timeout: Duration = .seconds(60),
        retry: RetryPolicy = RetryPolicy(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.name = name
        self.endpoint = endpoint
        self.token = token
        self.format = format
        self.zone = zone
        self.timeout = timeout
        self.retry = retry
        self.now = now
    }
}
