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
    /// the endpoint (never the query, headers or body).
    func send(_ request: HTTPRequest, through transport: any HTTPTransport) async throws(ProviderError) -> HTTPResponse
    {
        do {
            return try await transport.send(request)
        } catch let error as TransportError {
            throw self.error(.transport(error), request)
        } catch {
            throw self.error(.transport(.other(String(describing: error))), request)
        }
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
            let after = response.header("Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
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
