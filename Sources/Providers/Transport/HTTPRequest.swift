import Foundation

/// One HTTP request, independent of the client library that sends it.
public struct HTTPRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// The full URL, query included. Never put secrets here: errors quote the path.
    public var url: URL
    /// Request headers (may hold credentials; never logged or quoted).
    public var headers: [(name: String, value: String)]
    /// The body, for POST requests.
    public var body: [UInt8]?
    /// The longest the whole exchange may take.
    public var timeout: Duration

    public init(
        method: String = "GET", url: URL, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        timeout: Duration = .seconds(60)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// `METHOD /path` with no query and no host: safe to show in errors.
    public var endpointDescription: String { "\(method) \(url.path)" }
}
