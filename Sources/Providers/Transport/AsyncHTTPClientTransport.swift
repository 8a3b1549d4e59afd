import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// ``HTTPTransport`` on AsyncHTTPClient, sharing one client and its connection pool.
///
/// Redirects are never followed: a credential travels only to the configured origin, and a
/// 3xx answer comes back to the caller, who reports it (see ``ResponseCheck``).
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The process-wide client, with the limits of ``TransportTimeouts/fromEnvironment(_:)``.
    public static let sharedClient: HTTPClient = makeClient(TransportTimeouts.fromEnvironment())

    /// A client with `timeouts`. Connection failures are reported at once instead of being
    /// retried silently until the deadline: ``RetryPolicy`` decides about retries, with
    /// backoff the user can see.
    public static func makeClient(_ timeouts: TransportTimeouts) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .nanoseconds(Int64(timeouts.connect.nanoseconds))
        configuration.timeout.read = .nanoseconds(Int64(timeouts.idle.nanoseconds))
        configuration.decompression = .enabled(limit: .ratio(100))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    private let client: HTTPClient
    private let timeouts: TransportTimeouts
    private let maxBodyBytes: Int

    /// Uses ``sharedClient`` unless another client (made with `timeouts`) is given.
    public init(
        client: HTTPClient = AsyncHTTPClientTransport.sharedClient,
        timeouts: TransportTimeouts = TransportTimeouts.fromEnvironment(), maxBodyBytes: Int = 1 << 30
    ) {
        self.client = client
        self.timeouts = timeouts
        self.maxBodyBytes = maxBodyBytes
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let host = Self.hostDescription(request.url)
        if request.url.scheme?.lowercased() != "https", !Endpoint.isLoopback(request.url.host ?? "") {
            throw TransportError.insecureURL(host: host)
        }
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let client = client
        let prepared = outgoing
        let maxBodyBytes = maxBodyBytes
        let limit = request.timeout
        do {
            // The client's own deadline ends when the head arrives; the race covers the body too,
            // so a server sending a byte a second cannot hold the request past its limit.
            return try await TimeLimit.race(limit, expired: TransportError.deadlineExceeded(host: host, limit: limit)) {
                let response = try await client.execute(prepared, timeout: .nanoseconds(Int64(limit.nanoseconds)))
                var buffer = try await response.body.collect(upTo: maxBodyBytes)
                let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
                return HTTPResponse(
                    status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                    body: bytes)
            }
        } catch is CancellationError {
            throw TransportError.cancelled
        } catch let error as TransportError {
            throw error
        } catch {
            throw TransportErrorMapping.translate(error, host: host, timeouts: timeouts, requestLimit: limit)
        }
    }

    /// `host` or `host:port` of `url`, as messages name it.
    static func hostDescription(_ url: URL) -> String {
        var host = url.host ?? "the server"
        if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}

extension Duration {
    /// The duration in whole nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? Int64.max : scaled &+ attoseconds / 1_000_000_000
    }
}
