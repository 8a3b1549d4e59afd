import Foundation

/// How to reach one F5 Distributed Cloud tenant.
public struct F5Account: Sendable {
    /// The namespace the billing calls live in; billing is tenant-wide, so it is always `system`.
    public static let namespace = "system"
    /// The most request windows one fetch splits the current billing period into before it
    /// falls back to a coarser granularity (each window costs two requests).
    public static let defaultMaxWindowsPerFetch = 40

    /// The account name shown in the UI.
    public var name: String
    /// The tenant's console, `https://<tenant>.console.ves.volterra.io`.
    public var endpoint: Endpoint
    /// The API token, sent as `Authorization: APIToken <token>`.
    public var token: Secret
    /// The most request windows per fetch (see ``defaultMaxWindowsPerFetch``).
    public var maxWindowsPerFetch: Int
    /// The per-request timeout.
    public var timeout: Duration
    /// Retries for 429 (honouring `Retry-After`), 5xx and dropped connections.
    public var retry: RetryPolicy
    /// Where this account's warnings and fallbacks go: the run's when built from a config.
    public var notes = FetchNotes()

    /// Adds warnings and fallbacks to ``notes`` under this account's name.
    public var note: AccountNotes { AccountNotes(provider: .f5xc, account: name, notes: notes) }

    public init(
        name: String, endpoint: Endpoint, token: Secret,
        maxWindowsPerFetch: Int = F5Account.defaultMaxWindowsPerFetch, timeout: Duration = .seconds(60),
        retry: RetryPolicy = RetryPolicy()
    ) {
        self.name = name
        self.endpoint = endpoint
        self.token = token
        self.maxWindowsPerFetch = max(1, maxWindowsPerFetch)
        self.timeout = timeout
        self.retry = retry
    }

    /// The tenant named by the endpoint: `acme` for `https://acme.console.ves.volterra.io`; nil
    /// when the host is not a tenant console (a loopback simulator, a proxy).
    public var tenant: String? {
        guard let host = endpoint.baseURL.host?.lowercased() else { return nil }
        let suffix = ".console.ves.volterra.io"
        guard host.hasSuffix(suffix), host.count > suffix.count else { return nil }
        return String(host.dropLast(suffix.count))
    }
}
