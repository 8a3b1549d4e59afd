/// When and how long to wait before retrying a failed request.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The wait before the first retry; doubles each time.
    public var baseDelay: Duration
    /// The longest single wait.
    public var maxDelay: Duration

    /// Creates a policy.
    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

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
        while true {
            do {
                return try await operation()
            } catch let failure {
                guard failure.isTransient, attempt < maxAttempts, !Task.isCancelled else { throw failure }
                var retryAfter: Int?
                if case .rateLimited(let seconds) = failure.kind { retryAfter = seconds }
                let wait = delay(beforeRetry: attempt, retryAfterSeconds: retryAfter, random: Double.random(in: 0...1))
                do { try await Task.sleep(for: wait) } catch {
                    throw ProviderError(
                        provider: failure.provider, account: failure.account, endpoint: failure.endpoint,
                        kind: .transport(.cancelled))
                }
                attempt += 1
            }
        }
    }
}
