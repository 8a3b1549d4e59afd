import Foundation
import Providers

/// A transport whose every answer is an error quoting the request it was sent — request line,
/// headers and body — the way careless servers echo what they received.
final class EchoTransport: HTTPTransport {
    /// How the echo is wrapped.
    enum Shape: Sendable {
        /// `{"message": "…"}` written by `JSONSerialization` (which escapes `/` as `\/`).
        case json
        /// Plain text over several lines, with an escape sequence before the first line's end.
        case text
        /// Rails XML: `<errors><error>…</error></errors>`.
        case xml
    }

    let status: Int
    let shape: Shape
    /// Cloud.ru's key exchange answered with this bearer token instead of an echo.
    let issuedBearer: String?

    init(status: Int, shape: Shape, issuedBearer: String? = nil) {
        self.status = status
        self.shape = shape
        self.issuedBearer = issuedBearer
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let issuedBearer, request.url.path == "/api/v1/auth/token" {
            return HTTPResponse(
                status: 200, body: Array(#"{"access_token":"\#(issuedBearer)","expires_in":3600}"#.utf8))
        }
        // Credentials first, so that they fall within the part of the message that is quoted.
        var parts = request.headers.map { "\($0.name)=\($0.value)" }
        if let body = request.body { parts.append("body=" + String(decoding: body, as: UTF8.self)) }
        parts.append("\(request.method) \(request.url.absoluteString)")
        let echo = "invalid token: " + parts.joined(separator: "; ")
        let body: [UInt8]
        switch shape {
        case .json:
            body = [UInt8](try JSONSerialization.data(withJSONObject: ["message": echo]))
        case .text:
            body = Array("\u{1B}]0;owned\u{07}\(echo)\nsecond line \(echo)".utf8)
        case .xml:
            let escaped = echo.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            body = Array("<?xml version=\"1.0\"?><errors><error>\(escaped)</error></errors>".utf8)
        }
        return HTTPResponse(status: status, body: body)
    }
}
