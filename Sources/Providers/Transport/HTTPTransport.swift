/// Sends HTTP requests. The real implementation is ``AsyncHTTPClientTransport``;
/// tests substitute their own.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the whole response, or throws ``TransportError``.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
