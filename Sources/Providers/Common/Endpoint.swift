import Foundation

/// A provider's base URL, checked so that credentials never travel in clear
/// text: `https://` anywhere, plain `http://` only to a loopback address.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// The base URL without a trailing slash.
    public let baseURL: URL

    /// The base URL as an account's cache key names it: without a user name, password, query or
    /// fragment (none is accepted, but a key must never carry one).
    public var keyText: String {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else {
            return baseURL.host ?? ""
        }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        return components.string ?? baseURL.host ?? ""
    }

    /// Validates `text` as a base URL.
    public init(_ text: String) throws(ConfigurationError) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(),
            let host = url.host(percentEncoded: false), !host.isEmpty
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

    /// Whether plain http to `host` stays on this machine: an IPv4 literal in 127.0.0.0/8
    /// written as four decimal octets, the IPv6 loopback in any spelling, or `localhost`.
    /// Anything else — `127.0.0.1.nip.io`, `127.1`, `0x7f.0.0.1`, `localhost.example.com` —
    /// is a name or shorthand some resolver may send elsewhere.
    public static func isLoopback(_ host: String) -> Bool {
        var host = host
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.caseInsensitiveCompare("localhost") == .orderedSame { return true }
        if host.contains(":") { return isIPv6Loopback(host) }
        return isIPv4Loopback(host)
    }

    private static func isIPv4Loopback(_ host: String) -> Bool {
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        for octet in octets {
            // A leading zero reads as octal to some resolvers (0127 is 87), so it is refused.
            guard (1...3).contains(octet.count), octet.allSatisfy({ $0.isASCII && $0.isNumber }),
                octet.count == 1 || octet.first != "0", let value = Int(octet), value <= 255
            else { return false }
        }
        return octets[0] == "127"
    }

    private static func isIPv6Loopback(_ host: String) -> Bool {
        guard let groups = ipv6Groups(host) else { return false }
        return groups == [0, 0, 0, 0, 0, 0, 0, 1]
    }

    /// The eight 16-bit groups of an IPv6 literal in hexadecimal colon notation, `::` allowed
    /// once; nil for anything else (zone ids and embedded IPv4 included).
    public static func ipv6Groups(_ text: String) -> [UInt16]? {
        func parse(_ part: Substring) -> [UInt16]? {
            guard !part.isEmpty else { return [] }
            var groups: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit),
                    let value = UInt16(group, radix: 16)
                else { return nil }
                groups.append(value)
            }
            return groups
        }
        let halves = text.components(separatedBy: "::")
        switch halves.count {
        case 1:
            guard let groups = parse(Substring(text)), groups.count == 8 else { return nil }
            return groups
        case 2:
            guard let head = parse(Substring(halves[0])), let tail = parse(Substring(halves[1])),
                head.count + tail.count < 8
            else { return nil }
            return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        default:
            return nil
        }
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
