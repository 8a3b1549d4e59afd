/// Why a request got no HTTP response.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing listens at the host and port.
    case connectionRefused(host: String)
    /// The host name did not resolve.
    case unknownHost(String)
    /// The exchange took longer than the request's timeout.
    case timedOut(seconds: Int)
    /// The connection closed before the response was complete.
    case connectionClosed
    /// The request was cancelled (the user changed the query).
    case cancelled
    /// The TLS handshake or certificate check failed.
    case tls(String)
    /// The response body exceeded the size limit.
    case responseTooLarge(limitBytes: Int)
    /// Anything else the client library reported.
    case other(String)

    public var description: String {
        switch self {
        case .connectionRefused(let host): "connection refused by \(host)"
        case .unknownHost(let host): "could not resolve host \(host)"
        case .timedOut(let seconds): "no complete answer within \(seconds) s"
        case .connectionClosed: "the connection closed before the answer was complete"
        case .cancelled: "cancelled"
        case .tls(let detail): "TLS failed: \(detail)"
        case .responseTooLarge(let limit): "the answer is larger than \(limit / 1_048_576) MiB"
        case .other(let detail): detail
        }
    }

    /// Whether trying again may help.
    public var isTransient: Bool {
        switch self {
        case .connectionRefused, .timedOut, .connectionClosed, .other: true
        case .unknownHost, .cancelled, .tls, .responseTooLarge: false
        }
    }
}
