import CostCore

/// A failure fetching spend from one account, with what happened and what to do.
///
/// The message names the provider, the account and the endpoint (method and
/// path only); it never contains credentials, queries or request bodies. Text quoted from a
/// server is a ``ServerText``, and the whole description is made safe once more the same way,
/// so nothing a server or a library says can print a credential or a control sequence.
public struct ProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// 401: the credential was missing or rejected.
        case unauthorized
        /// 403: the credential lacks permission to read billing.
        case forbidden
        /// 400/404/422: the provider rejected the request.
        case rejected(status: Int, message: ServerText?)
        /// 429: too many requests.
        case rateLimited(retryAfterSeconds: Int?)
        /// 5xx: the provider failed.
        case serverError(status: Int, message: ServerText?)
        /// No HTTP answer.
        case transport(TransportError)
        /// The answer could not be understood.
        case malformedResponse(String)
        /// The account's configuration is invalid.
        case configuration(String)
        /// 3xx: the server sent the request elsewhere; `origin` is the target's scheme, host
        /// and port (never its path or query), nil when the answer named no usable target.
        case redirected(status: Int, origin: String?)
        /// The account's whole fetch ran past its time limit.
        case fetchTimeLimit(Duration)
    }

    public var provider: ProviderKind
    /// The account name from the configuration.
    public var account: String
    /// `METHOD /path`, or empty when no request was made.
    public var endpoint: String
    /// What went wrong.
    public var kind: Kind
    /// What the user can do about it, when there is something to say.
    public var advice: String?

    public init(provider: ProviderKind, account: String, endpoint: String, kind: Kind, advice: String? = nil) {
        self.provider = provider
        self.account = account
        self.endpoint = endpoint
        self.kind = kind
        self.advice = advice
    }

    /// Whether retrying the same request may succeed.
    public var isTransient: Bool {
        switch kind {
        case .rateLimited, .serverError: true
        case .transport(let error): error.isTransient
        default: false
        }
    }

    /// What happened, in a few words, made safe to show.
    public var summary: String { ServerText.safe(rawSummary, limit: MessageSanitizer.messageLimit) }

    private var rawSummary: String {
        switch kind {
        case .unauthorized: "401 Unauthorized: the credential was missing or rejected"
        case .forbidden: "403 Forbidden: no permission to read billing"
        case .rejected(let status, let message): "\(status) rejected" + (message.map { ": \($0)" } ?? "")
        case .rateLimited(let after): "429 Too Many Requests" + (after.map { " (retry after \($0) s)" } ?? "")
        case .serverError(let status, let message): "\(status) server error" + (message.map { ": \($0)" } ?? "")
        case .transport(let error): error.description
        case .malformedResponse(let detail): "malformed answer: \(detail)"
        case .configuration(let detail): "configuration: \(detail)"
        case .redirected(let status, let origin):
            "the server redirected \(endpoint.isEmpty ? "the request" : endpoint) "
                + (origin.map { "to \($0); update base_url" } ?? "(\(status)) without a usable target; check base_url")
        case .fetchTimeLimit(let limit):
            "gave up after \(DurationText.seconds(limit)) s, the time limit for one account's fetch"
        }
    }

    /// One line: `Selectel (selectel-prod) GET /path: what happened. What to do.`
    public var description: String {
        var text = "\(provider.displayName) (\(account))"
        // A redirect's summary names the request itself.
        if !endpoint.isEmpty, !kind.isRedirect { text += " \(endpoint)" }
        text += ": \(rawSummary)"
        if let advice { text += ". \(advice)" }
        return ServerText.safe(text, limit: MessageSanitizer.messageLimit)
    }
}

extension ProviderError.Kind {
    var isRedirect: Bool {
        if case .redirected = self { return true }
        return false
    }
}
