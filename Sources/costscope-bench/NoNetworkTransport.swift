import Providers

/// A transport for clients used only to map decoded rows: any request is refused.
struct NoNetworkTransport: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        throw BenchFailure("the benchmark does not use the network (\(request.endpointDescription))")
    }
}
