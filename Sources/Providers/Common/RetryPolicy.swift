import Foundation

/// When and how long to wait before retrying a failed request.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The wait before the first retry; doubles each time.
    public var baseDelay: Duration
    /// The longest single wait.
    public var maxDelay: Duration
    /// The longest `Retry-After` honoured; a server asking for more fails the request at once
    /// with a message saying so, instead of holding the command for minutes in silence.
    public var maxRetryAfter: Duration
    /// Told about every retry and every refused wait (the request log, the terminal).
    public var observer: (any RequestObserver)?
    /// Waits; injectable so tests can see the waits without spending them.
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Stamps the events.
    public var clock: @Sendable () -> Date

    public init(
        maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(60),
        maxRetryAfter: Duration = .seconds(60), observer: (any RequestObserver)? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.observer = observer
        self.sleep = sleep
        self.clock = clock
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Attempts in all for a request that timed out: one retry, since a server that let two
    /// full time limits pass is not answering.
    public static let maxTimeoutAttempts = 2

    /// The wait before retry number `retry` (1-based): the server's
    /// `Retry-After` when it gave one, else exponential backoff with full jitter.
    public func delay(beforeRetry retry: Int, retryAfterSeconds: Int?, random: Double) -> Duration {
        if let seconds = retryAfterSeconds { return min(.seconds(max(0, seconds)), maxDelay) }
        let exponent = min(retry - 1, 16)
        let ceiling = min(baseDelay * (1 << exponent), maxDelay)
        return ceiling * min(max(random, 0), 1)
    }

    /// Runs `operation`, retrying transient ``ProviderError``s.
    public func run<T: Sendable>(_ operation: () async throws(ProviderError) -> T) async throws(ProviderError) -> T {
        var attempt = 1
        var timeouts = 0
        while true {
            do {
                return try await operation()
            } catch var failure {
                if case .transport(let error) = failure.kind, error.isTimeout { timeouts += 1 }
                guard failure.isTransient, attempt < maxAttempts, timeouts < Self.maxTimeoutAttempts,
                    !Task.isCancelled
                else { throw failure }
                var retryAfter: Int?
                if case .rateLimited(let seconds) = failure.kind { retryAfter = seconds }
                if let retryAfter, Duration.seconds(retryAfter) > maxRetryAfter {
                    let cap = DurationText.seconds(maxRetryAfter)
                    failure.advice =
                        "The server asks to wait \(retryAfter) s, longer than the \(cap) s costscope waits: try again later"
                    observer?.record(
                        .retryRefused(
                            time: clock(), account: failure.account, endpoint: failure.endpoint,
                            reason: "Retry-After \(retryAfter) s is over the \(cap) s limit"))
                    throw failure
                }
                let wait = delay(beforeRetry: attempt, retryAfterSeconds: retryAfter, random: Double.random(in: 0...1))
                observer?.record(
                    .retrying(
                        RequestRetry(
                            time: clock(), account: failure.account, endpoint: failure.endpoint, retry: attempt,
                            maxRetries: maxAttempts - 1, wait: wait, reason: Self.reason(failure),
                            honoursRetryAfter: retryAfter.map { wait == .seconds($0) } ?? false)))
                do { try await sleep(wait) } catch {
                    throw ProviderError(
                        provider: failure.provider, account: failure.account, endpoint: failure.endpoint,
                        kind: .transport(.cancelled))
                }
                attempt += 1
            }
        }
    }

    /// Why a request is retried, in our own words: never the server's message, which could
    /// echo anything into the log.
    static func reason(_ failure: ProviderError) -> String {
        switch failure.kind {
        case .rateLimited: "429 Too Many Requests"
        case .serverError(let status, _): "\(status) server error"
        case .rejected(let status, _): "\(status) rejected"
        case .transport(let error): error.description
        default: "the request failed"
        }
    }
}
