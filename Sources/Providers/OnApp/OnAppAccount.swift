/// How to reach one OnApp user's billing statistics.
///
/// OnApp is self-hosted: every cloud has its own control panel, so there is no default host.
/// The client authenticates with HTTP Basic, the user's email as the login and an API key
/// (generated in the control panel's user profile) as the password.
public struct OnAppAccount: Sendable {
    /// The most hours one request asks for: longer ranges are fetched in windows of 31 days,
    /// which keeps answers small (an XML month of a few servers is tens of megabytes) and lets
    /// the explorer show progress.
    public static let defaultMaxHoursPerRequest = 31 * 24

    /// The account name shown in the UI.
    public var name: String
    /// The control panel URL, e.g. `https://cloud.example.com`.
    public var endpoint: Endpoint
    /// The OnApp user whose statistics are read (`/users/{userID}/vm_stats`).
    public var userID: Int
    /// The login: the user's email.
    public var email: String
    /// The user's API key, sent as the HTTP Basic password.
    public var apiKey: Secret
    /// JSON (default) or XML answers.
    public var format: OnAppFormat
    /// The per-request timeout.
    public var timeout: Duration
    /// Retries for 429, 5xx (OnApp answers 503 when overloaded) and dropped connections.
    public var retry: RetryPolicy
    /// Where this account's warnings and fallbacks go: the run's when built from a config.
    public var notes = FetchNotes()

    /// Adds warnings and fallbacks to ``notes`` under this account's name.
    public var note: AccountNotes { AccountNotes(provider: .onapp, account: name, notes: notes) }
    /// The most hours one request covers; at least one.
    public var maxHoursPerRequest: Int

    /// `email:key`, the pair HTTP Basic sends in base64: a ``Secret`` of its own, so the pair
    /// and its base64 form are redacted wherever a server echoes the `Authorization` header.
    public var basicCredential: Secret { Secret("\(email):\(apiKey.reveal())") }

    public init(
        name: String, endpoint: Endpoint, userID: Int, email: String, apiKey: Secret, format: OnAppFormat = .json,
        timeout: Duration = .seconds(120), retry: RetryPolicy = RetryPolicy(),
        maxHoursPerRequest: Int = OnAppAccount.defaultMaxHoursPerRequest
    ) {
        self.name = name
        self.endpoint = endpoint
        self.userID = userID
        self.email = email
        self.apiKey = apiKey
        self.format = format
        self.timeout = timeout
        self.retry = retry
        self.maxHoursPerRequest = max(1, maxHoursPerRequest)
    }
}
