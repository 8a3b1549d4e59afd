import Config
import Foundation
import Providers

/// How configured accounts reach their providers: the transport, the time limits, and who
/// hears about each request (the request log, the terminal's status lines).
package struct FetchNetwork: Sendable {
    /// Sends the requests of every account.
    package let transport: any HTTPTransport
    /// Receives every exchange, retry and refused wait, when anything listens.
    package let observer: (any RequestObserver)?
    /// Status lines on a terminal, for script commands.
    package let status: TerminalStatus?
    /// The longest one account's whole fetch may take (all its requests and waits).
    let accountTimeLimit: Duration
    /// When set, overrides every account's per-request limit (test-only).
    let requestTimeLimit: Duration?
    /// Whether retry waits are skipped (test-only: the log still states them).
    let skipsWaits: Bool
    /// How long a fetch may run before the terminal hears "waiting for <account>…".
    let patience: Duration
    /// The run's warnings and fallbacks, from every account.
    package let notes: FetchNotes

    /// The default account time limit: generous for a year of hourly rows, but finite.
    static let defaultAccountTimeLimit: Duration = .seconds(600)

    /// `transport`, with `observer` told about every request and the limits of the
    /// environment's test-only settings (milliseconds): `COSTSCOPE_TEST_ACCOUNT_TIME_LIMIT_MS`,
    /// `COSTSCOPE_TEST_REQUEST_TIMEOUT_MS`, `COSTSCOPE_TEST_PATIENCE_MS`; `COSTSCOPE_TEST_SKIP_WAITS=1`
    /// skips retry waits.
    package init(
        transport: any HTTPTransport, observer: (any RequestObserver)? = nil, status: TerminalStatus? = nil,
        notes: FetchNotes = FetchNotes(), environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.transport = transport
        self.observer = observer
        self.status = status
        self.notes = notes
        accountTimeLimit =
            TransportTimeouts.testMilliseconds("COSTSCOPE_TEST_ACCOUNT_TIME_LIMIT_MS", environment)
            ?? Self.defaultAccountTimeLimit
        requestTimeLimit = TransportTimeouts.testMilliseconds("COSTSCOPE_TEST_REQUEST_TIMEOUT_MS", environment)
        skipsWaits = environment["COSTSCOPE_TEST_SKIP_WAITS"] == "1"
        patience = TransportTimeouts.testMilliseconds("COSTSCOPE_TEST_PATIENCE_MS", environment) ?? .seconds(2)
    }

    /// What `account`'s client sends through: reported to the observer under its name.
    package func transport(for account: AccountConfig) -> any HTTPTransport {
        guard let observer else { return transport }
        return ObservedTransport(transport, account: account.name, observer: observer)
    }

    /// The per-request limit of `account`: `timeout_seconds`, else the provider's default.
    func requestTimeLimit(for account: AccountConfig, default fallback: Duration) -> Duration {
        requestTimeLimit ?? account.timeoutSeconds.map { .seconds($0) } ?? fallback
    }

    /// The retry policy of every account, reporting its decisions to the observer.
    var retry: RetryPolicy {
        var policy = RetryPolicy(observer: observer)
        if skipsWaits { policy.sleep = { _ in } }
        return policy
    }

    /// The account's whole-fetch limit: ``accountTimeLimit``, or more when `timeout_seconds`
    /// allows single requests so long that a few of them would not fit.
    func accountTimeLimit(for account: AccountConfig) -> Duration {
        guard let seconds = account.timeoutSeconds else { return accountTimeLimit }
        return max(accountTimeLimit, .seconds(seconds) * 4)
    }

    /// `fetcher` held to `account`'s whole-fetch limit, noting a long fetch on the terminal.
    package func limited(_ fetcher: any SpendSource, for account: AccountConfig) -> any SpendSource {
        TimeLimitedFetcher(upstream: fetcher, limit: accountTimeLimit(for: account), patience: patience, status: status)
    }
}
