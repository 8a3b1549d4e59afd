import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Turns what the HTTP client library throws into a ``TransportError`` worded by us. The
/// library's own text (enum case names, TLS errors with build paths) is used only to classify.
enum TransportErrorMapping {
    static func translate(_ error: any Error, host: String, timeouts: TransportTimeouts, requestLimit: Duration)
        -> TransportError
    {
        if let error = error as? HTTPClientError {
            // Cases with values (which may hold a credential) cannot be matched: classify by name.
            if String(describing: error).contains("invalidHeaderField") {
                return .unsendable(
                    host: host, reason: "a header holds a control character or line break (check the credential)")
            }
            switch error {
            case .connectTimeout: return .connectTimedOut(host: host, limit: timeouts.connect)
            case .readTimeout: return .noAnswer(host: host, limit: timeouts.idle)
            case .deadlineExceeded: return .deadlineExceeded(host: host, limit: requestLimit)
            case .writeTimeout: return .noAnswer(host: host, limit: timeouts.idle)
            case .remoteConnectionClosed, .bodyLengthMismatch: return .connectionClosed(host: host)
            case .cancelled: return .cancelled
            case .redirectLimitReached, .redirectCycleDetected:
                return .network(host: host, reason: "the server answered with redirects")
            default:
                return .network(host: host, reason: "the HTTP exchange failed")
            }
        }
        if let error = error as? NIOTooManyBytesError {
            return .responseTooLarge(limitBytes: error.maxBytes ?? 0)
        }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout: return .connectTimedOut(host: host, limit: timeouts.connect)
            case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed: return .connectionClosed(host: host)
            default: return .network(host: host, reason: "the connection failed")
            }
        }
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first?.error { return translate(first, host: host) }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return .unknownHost(host) }
            return .network(host: host, reason: "no address to connect to")
        }
        if error is SocketAddressError { return .unknownHost(host) }
        if let error = error as? HTTPParserError {
            // The peer closing mid-body surfaces as a parser error at end of input.
            return error == .invalidEOFState
                ? .connectionClosed(host: host) : .network(host: host, reason: "the answer is not valid HTTP")
        }
        return translate(error, host: host)
    }

    /// Socket errors by errno, TLS errors by kind; anything else as a plain failure.
    private static func translate(_ error: any Error, host: String) -> TransportError {
        if let error = error as? IOError {
            if error.errnoCode == ECONNREFUSED { return .connectionRefused(host: host) }
            if error.errnoCode == ECONNRESET || error.errnoCode == EPIPE { return .connectionClosed(host: host) }
            return .network(host: host, reason: String(cString: strerror(error.errnoCode)))
        }
        let type = String(reflecting: Swift.type(of: error))
        if type.contains("SSL") || type.contains("TLS") {
            let text = String(describing: error)
            let certificate = ["CERTIFICATE", "certificate", "X509", "x509"].contains { text.contains($0) }
            return .tls(
                host: host,
                reason: certificate
                    ? "its certificate could not be verified (expired, self-signed or issued for another name)"
                    : "the secure handshake did not complete (is base_url https:// on a TLS port?)")
        }
        if error is CancellationError { return .cancelled }
        return .network(host: host, reason: "the connection failed")
    }
}
