import CostCore
import Foundation

/// Turns an HTTP answer into a ``ProviderError`` when its status is not 2xx,
/// quoting at most a short, sanitised message from the body.
struct ResponseCheck {
    let provider: ProviderKind
    let account: String

    func error(_ kind: ProviderError.Kind, _ request: HTTPRequest, advice: String? = nil) -> ProviderError {
        ProviderError(
            provider: provider, account: account, endpoint: request.endpointDescription, kind: kind, advice: advice)
    }

    /// Sends `request` through `transport`; no answer at all becomes a ``ProviderError`` naming
    /// the endpoint (never the query, headers or body), and so does a redirect: it is never
    /// followed, so the credential stays with the configured origin.
    func send(_ request: HTTPRequest, through transport: any HTTPTransport) async throws(ProviderError) -> HTTPResponse
    {
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as TransportError {
            throw self.error(.transport(error), request)
        } catch is CancellationError {
            throw self.error(.transport(.cancelled), request)
        } catch {
            throw self.error(.transport(.network(host: request.url.host ?? "the server", reason: "failed")), request)
        }
        if (300..<400).contains(response.status), response.status != 304 {
            let origin = response.header("Location").flatMap { Self.origin(of: $0, relativeTo: request.url) }
            throw self.error(.redirected(status: response.status, origin: origin), request)
        }
        return response
    }

    /// `scheme://host[:port]` of a `Location` value resolved against `base`: no user, path or
    /// query, so nothing the server put there (a token in a query, say) is repeated.
    static func origin(of location: String, relativeTo base: URL) -> String? {
        guard let url = URL(string: location.trimmingCharacters(in: .whitespaces), relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
            host.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let text = "\(scheme)://\(bracketed)" + (url.port.map { ":\($0)" } ?? "")
        return text.count > 200 ? nil : text
    }

    /// Throws unless `response` has a 2xx status.
    func require2xx(_ response: HTTPResponse, for request: HTTPRequest, credentialName: String) throws(ProviderError) {
        let status = response.status
        guard !(200..<300).contains(status) else { return }
        let message = ResponseCheck.bodyMessage(response.body)
        switch status {
        case 401:
            throw error(.unauthorized, request, advice: "Check the \(credentialName) configured for this account")
        case 403:
            throw error(.forbidden, request, advice: "Grant this credential permission to read billing data")
        case 429:
            let after = RetryAfter.seconds(
                header: response.header("Retry-After"), responseDate: response.header("Date"), now: Date())
            throw error(.rateLimited(retryAfterSeconds: after), request, advice: "Wait a little and refresh")
        case 500...599:
            throw error(.serverError(status: status, message: message), request, advice: "Usually transient: try again")
        default:
            throw error(.rejected(status: status, message: message), request)
        }
    }

    /// A 2xx answer that could not be read: `detail`, followed by what the answer itself says
    /// when it is a JSON object with a message (`{"code":16,"message":"token expired"}`), so an
    /// error sent with status 200 is reported as what it is. `message` overrides how the
    /// message is found, for providers with error bodies of their own.
    func unreadable(_ detail: String, body: [UInt8], _ request: HTTPRequest, message: ServerText? = nil)
        -> ProviderError
    {
        var text = detail
        if let said = message ?? ResponseCheck.jsonMessage(body).map({ ServerText($0) }), !said.text.isEmpty {
            text += "; the answer says \"\(said)\""
        }
        return error(.malformedResponse(text), request)
    }

    /// The most bytes of a non-JSON error body searched for its first line.
    static let plainMessageScanLimit = 65_536

    /// A human message from an error body: a JSON `message`/`error`/`detail` string if there
    /// is one, else the body's first line; made safe and short by ``ServerText``. Nil for an
    /// empty body.
    static func bodyMessage(_ body: [UInt8]) -> ServerText? {
        guard !body.isEmpty else { return nil }
        let raw: String
        if let found = jsonMessage(body) {
            raw = found
        } else {
            // Decoded whole before the cut, so a credential straddling the cut is still recognised.
            let text = String(decoding: body.prefix(plainMessageScanLimit), as: UTF8.self)
            raw = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        }
        let message = ServerText(raw)
        return message.text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : message
    }

    /// The message of a JSON error body, unsanitised; nil when the body is not JSON or has none.
    static func jsonMessage(_ body: [UInt8]) -> String? {
        guard !body.isEmpty, body.count < 1_000_000,
            let object = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        else { return nil }
        guard let found = findMessage(object), !found.isEmpty else { return nil }
        return found
    }

    private static func findMessage(_ value: Any) -> String? {
        if let dictionary = value as? [String: Any] {
            for key in ["message", "detail", "error_description", "error", "errors"] {
                if let text = dictionary[key] as? String, !text.isEmpty { return text }
                if let nested = dictionary[key], !(nested is String), let text = findMessage(nested) { return text }
            }
        }
        if let array = value as? [Any], let first = array.first { return findMessage(first) }
        return nil
    }
}
