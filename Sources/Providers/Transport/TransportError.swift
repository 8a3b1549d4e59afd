/// Why a request got no usable HTTP response. Every case reads as a sentence naming the host,
/// in our own words: the client library's text (type names, build paths) never reaches the user.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing listens at the host and port.
    case connectionRefused(host: String)
    /// The host name did not resolve.
    case unknownHost(String)
    /// No connection could be made within the connect timeout.
    case connectTimedOut(host: String, limit: Duration)
    /// The server sent nothing for the idle timeout (before or during the answer).
    case noAnswer(host: String, limit: Duration)
    /// The whole exchange took longer than the request's time limit (a server sending slowly).
    case deadlineExceeded(host: String, limit: Duration)
    /// The connection closed before the answer was complete.
    case connectionClosed(host: String)
    /// The request was cancelled (the user changed the query).
    case cancelled
    /// The TLS handshake or certificate check failed; `reason` is our own wording.
    case tls(host: String, reason: String)
    /// The response body exceeded the size limit.
    case responseTooLarge(limitBytes: Int)
    /// The request could not be built, e.g. a header value with a line break; never retried.
    case unsendable(host: String, reason: String)
    /// Plain http to a host that is not loopback: refused before anything is sent.
    case insecureURL(host: String)
    /// Another network failure; `reason` is our own wording (an errno text at most).
    case network(host: String, reason: String)
    /// A failure described by this program (not by a library).
    case other(String)

    public var description: String {
        switch self {
        case .connectionRefused(let host): "connection refused by \(host) (is the server running and base_url right?)"
        case .unknownHost(let host): "could not resolve host \(host)"
        case .connectTimedOut(let host, let limit):
            "could not connect to \(host) within \(Self.seconds(limit))"
        case .noAnswer(let host, let limit): "\(host) sent nothing for \(Self.seconds(limit))"
        case .deadlineExceeded(let host, let limit):
            "\(host) did not finish answering within \(Self.seconds(limit)) (raise timeout_seconds if it is just slow)"
        case .connectionClosed(let host): "\(host) closed the connection before the answer was complete"
        case .cancelled: "cancelled"
        case .tls(let host, let reason): "TLS with \(host) failed: \(reason)"
        case .responseTooLarge(let limit): "the answer is larger than \(limit / 1_048_576) MiB"
        case .unsendable(let host, let reason): "the request to \(host) could not be sent: \(reason)"
        case .insecureURL(let host):
            "refused to send a credential over plain http to \(host) (only loopback may use http://)"
        case .network(let host, let reason): "the connection to \(host) failed: \(reason)"
        case .other(let detail): detail
        }
    }

    /// Whether trying again may help.
    public var isTransient: Bool {
        switch self {
        case .connectionRefused, .connectTimedOut, .noAnswer, .deadlineExceeded, .connectionClosed, .network: true
        case .unknownHost, .cancelled, .tls, .responseTooLarge, .unsendable, .insecureURL, .other: false
        }
    }

    /// Whether the failure was a time limit: such a request is retried once at most, so a
    /// server that does not answer costs two timeouts, not four.
    public var isTimeout: Bool {
        switch self {
        case .connectTimedOut, .noAnswer, .deadlineExceeded: true
        default: false
        }
    }

    /// `30 s`, `1.5 s`, `0.25 s`.
    static func seconds(_ duration: Duration) -> String {
        "\(DurationText.seconds(duration)) s"
    }
}
