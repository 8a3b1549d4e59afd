import Foundation

/// How to reach one Cloud.ru organisation's consumption data.
public struct CloudRuAccount: Sendable {
    /// The organisation API host.
    public static let defaultEndpoint = "https://organization.api.cloud.ru"
    /// The IAM host that exchanges a service account key for an access token.
    public static let defaultIAMEndpoint = "https://iam.api.cloud.ru"
    /// The largest page the v1 API accepts (`page_filter.limit`).
    public static let maxV1PageSize = 30_000
    /// The largest page the v2 API accepts (`page_filter.page_size`).
    public static let maxV2PageSize = 25_000
    /// Rows per page unless configured: well under both ceilings, since the documentation answers
    /// "failed to get consumption" to requests that are too big and advises smaller pages.
    public static let defaultPageSize = 10_000
    /// The smallest page the client lowers to after "failed to get consumption".
    public static let minimumPageSize = 1_000
    /// The zone whose calendar days `usedate` instants fall in when they are not at UTC midnight:
    /// Cloud.ru bills in Moscow time.
    public static let defaultZone = TimeZone(identifier: "Europe/Moscow") ?? TimeZone(secondsFromGMT: 10_800)!

    /// The account name shown in the UI.
    public var name: String
    /// The organisation API base.
    public var endpoint: Endpoint
    /// The IAM base.
    public var iamEndpoint: Endpoint
    /// The service account key id.
    public var keyID: Secret
    /// The service account key secret.
    public var secret: Secret
    /// The agreement to read (organisation admins); used when ``projectIDs`` is empty.
    public var agreementID: String?
    /// The projects to read, one query each so every row is attributed to its project.
    public var projectIDs: [String]
    /// Names of projects by id, for display; ids are shown where a name is missing.
    public var projectNames: [String: String]
    /// Only these services (`servname`), or all when empty.
    public var serviceNames: [String]
    /// Which consumption API to call first; v2 falls back to v1 (the documented one) on a 404.
    public var apiVersion: CloudRuAPIVersion
    /// Rows per page (clamped to the version's maximum).
    public var pageSize: Int
    /// The zone of the account's calendar days (see ``defaultZone``).
    public var zone: TimeZone
    /// Whether amounts include VAT (`amount_nds`, what is debited) or not (`amount`).
    public var includeVAT: Bool
    /// The longest period one query covers; longer ranges are split into several queries.
    public var maxDaysPerQuery: Int
    /// The per-request timeout.
    public var timeout: Duration
    /// Retries for 429, 5xx and dropped connections.
    public var retry: RetryPolicy
    /// Where this account's warnings and fallbacks go: the run's when built from a config.
    public var notes = FetchNotes()

    /// Adds warnings and fallbacks to ``notes`` under this account's name.
    public var note: AccountNotes { AccountNotes(provider: .cloudru, account: name, notes: notes) }

    /// Creates an account description. Either `agreementID` or at least one project id is required.
    public init(
        name: String, endpoint: Endpoint, iamEndpoint: Endpoint, keyID: Secret, secret: Secret,
        agreementID: String? = nil, projectIDs: [String] = [], projectNames: [String: String] = [:],
        serviceNames: [String] = [], apiVersion: CloudRuAPIVersion = .v1, pageSize: Int? = nil,
        zone: TimeZone = CloudRuAccount.defaultZone, includeVAT: Bool = true, maxDaysPerQuery: Int = 31,
        timeout: Duration = .seconds(120),
        retry: RetryPolicy = RetryPolicy()
    ) {
        self.name = name
        self.endpoint = endpoint
        self.iamEndpoint = iamEndpoint
        self.keyID = keyID
        self.secret = secret
        self.agreementID = agreementID
        self.projectIDs = projectIDs
        self.projectNames = projectNames
        self.serviceNames = serviceNames
        self.apiVersion = apiVersion
        let maximum = apiVersion == .v1 ? Self.maxV1PageSize : Self.maxV2PageSize
        self.pageSize = min(max(1, pageSize ?? Self.defaultPageSize), maximum)
        self.zone = zone
        self.includeVAT = includeVAT
        self.maxDaysPerQuery = max(1, maxDaysPerQuery)
        self.timeout = timeout
        self.retry = retry
    }
}
