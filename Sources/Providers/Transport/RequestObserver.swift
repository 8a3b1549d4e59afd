import Foundation

/// Something that happened to one account's request, for the request log and the terminal.
/// It never holds headers, bodies or server text: the URL (whose query carries no credential)
/// is the most it says about the request.
public enum RequestEvent: Sendable, Equatable {
    /// One exchange ended: with a status, or with `failure` (our own sentence) when there was
    /// no answer.
    case exchanged(RequestExchange)
    /// The request is tried again after `wait`.
    case retrying(RequestRetry)
    /// A request is not tried again although it might succeed later (the server asked for a
    /// longer wait than is honoured).
    case retryRefused(time: Date, account: String, endpoint: String, reason: String)
}

/// One HTTP exchange as the request log shows it.
public struct RequestExchange: Sendable, Equatable {
    public var time: Date
    public var account: String
    public var method: String
    public var url: URL
    public var status: Int?
    public var bytes: Int
    public var duration: Duration
    public var failure: String?

    public init(
        time: Date, account: String, method: String, url: URL, status: Int?, bytes: Int, duration: Duration,
        failure: String?
    ) {
        self.time = time
        self.account = account
        self.method = method
        self.url = url
        self.status = status
        self.bytes = bytes
        self.duration = duration
        self.failure = failure
    }
}

/// A decision to try a request again.
public struct RequestRetry: Sendable, Equatable {
    public var time: Date
    public var account: String
    /// `METHOD /path`.
    public var endpoint: String
    /// 1 for the first retry.
    public var retry: Int
    /// Retries allowed in all.
    public var maxRetries: Int
    public var wait: Duration
    /// Why, in a few words (the failure's summary).
    public var reason: String
    /// Whether `wait` is the server's `Retry-After`.
    public var honoursRetryAfter: Bool

    public init(
        time: Date, account: String, endpoint: String, retry: Int, maxRetries: Int, wait: Duration, reason: String,
        honoursRetryAfter: Bool
    ) {
        self.time = time
        self.account = account
        self.endpoint = endpoint
        self.retry = retry
        self.maxRetries = maxRetries
        self.wait = wait
        self.reason = reason
        self.honoursRetryAfter = honoursRetryAfter
    }

    /// `retry 1 of 3 in 2 s because 429 Too Many Requests (Retry-After honoured)`.
    public var summary: String {
        "retry \(retry) of \(maxRetries) in \(DurationText.seconds(wait)) s because \(reason)"
            + (honoursRetryAfter ? " (Retry-After honoured)" : "")
    }
}

/// Receives ``RequestEvent``s; called from fetching tasks, so it must be quick and thread-safe.
public protocol RequestObserver: Sendable {
    func record(_ event: RequestEvent)
}

/// A transport that reports every exchange of one account to an observer.
public struct ObservedTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let account: String
    private let observer: any RequestObserver
    private let clock: @Sendable () -> Date

    /// Wraps `base` for the account named `account`; `clock` stamps the log lines.
    public init(
        _ base: any HTTPTransport, account: String, observer: any RequestObserver,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.base = base
        self.account = account
        self.observer = observer
        self.clock = clock
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let started = clock()
        let timer = ContinuousClock.now
        do {
            let response = try await base.send(request)
            observer.record(
                .exchanged(
                    RequestExchange(
                        time: started, account: account, method: request.method, url: request.url,
                        status: response.status, bytes: response.body.count, duration: ContinuousClock.now - timer,
                        failure: nil)))
            return response
        } catch {
            let text = (error as? TransportError)?.description ?? "failed"
            observer.record(
                .exchanged(
                    RequestExchange(
                        time: started, account: account, method: request.method, url: request.url, status: nil,
                        bytes: 0, duration: ContinuousClock.now - timer, failure: text)))
            throw error
        }
    }
}
