import Foundation

/// A provider's base URL, checked so that credentials never travel in clear
/// text: `https://` anywhere, plain `http://` only to a loopback address.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// The base URL without a trailing slash.
    public let baseURL: URL

    /// Validates `text` as a base URL.
    public init(_ text: String) throws(ConfigurationError) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), let host = url.host,
            !host.isEmpty
        else {
            throw ConfigurationError("'\(text)' is not a URL (expected https://host[:port][/path])")
        }
        guard url.user == nil, url.password == nil, url.query == nil else {
            throw ConfigurationError("base URL '\(url.host ?? text)' must not contain credentials or a query")
        }
        switch scheme {
        case "https":
            break
        case "http":
            guard Endpoint.isLoopback(host) else {
                throw ConfigurationError(
                    "plain http:// is allowed only to loopback (127.0.0.1, ::1, localhost); use https:// for \(host)")
            }
        default:
            throw ConfigurationError("unsupported scheme '\(scheme)' in base URL (use https://)")
        }
        self.baseURL = url
    }

    /// Whether `host` is a loopback name or address.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The URL of `path` (starting with `/`) with query items; repeated names are kept.
    public func url(_ path: String, query: [(String, String)] = []) -> URL {
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = (components.percentEncodedPath) + path
        if !query.isEmpty {
            components.percentEncodedQuery = query.map { "\(Endpoint.encode($0.0))=\(Endpoint.encode($0.1))" }
                .joined(separator: "&")
        }
        return components.url!
    }

    /// Percent-encodes a query name or value (RFC 3986 unreserved characters stay).
    public static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// The base URL.
    public var description: String { baseURL.absoluteString }
}
