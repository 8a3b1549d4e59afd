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

    /// A human message from an error body: a JSON `message`/`error`/`detail`
    /// string if there is one, else the body's first line; at most 200
    /// characters of printable text. Nil for an empty or binary body.
    static func bodyMessage(_ body: [UInt8]) -> String? {
        guard !body.isEmpty, body.count < 1_000_000 else { return nil }
        if let object = try? JSONSerialization.jsonObject(with: Data(body)) {
            if let found = findMessage(object) { return clip(found) }
        }
        guard let text = String(validating: body.prefix(400), as: UTF8.self) else { return nil }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return firstLine.isEmpty ? nil : clip(firstLine)
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

    private static func clip(_ text: String) -> String {
        let printable = String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        return printable.count > 200 ? String(printable.prefix(199)) + "…" : printable
    }
}
