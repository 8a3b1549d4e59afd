import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// ``HTTPTransport`` on AsyncHTTPClient, sharing one client and its connection pool.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The process-wide client. Connection failures are reported at once
    /// instead of being retried silently until the deadline: ``RetryPolicy``
    /// decides about retries, with backoff the user can see.
    public static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(10)
        configuration.decompression = .enabled(limit: .ratio(100))
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    private let client: HTTPClient
    private let maxBodyBytes: Int

    /// Uses ``sharedClient`` unless another client is given.
    public init(client: HTTPClient = AsyncHTTPClientTransport.sharedClient, maxBodyBytes: Int = 1 << 30) {
        self.client = client
        self.maxBodyBytes = maxBodyBytes
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let seconds = Int(request.timeout.components.seconds)
        do {
            let response = try await client.execute(outgoing, timeout: .seconds(Int64(seconds)))
            var buffer = try await response.body.collect(upTo: maxBodyBytes)
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            return HTTPResponse(
                status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: bytes)
        } catch is CancellationError {
            throw TransportError.cancelled
        } catch let error as TransportError {
            throw error
        } catch {
            throw Self.translate(error, host: request.url.host ?? "the server", timeoutSeconds: seconds)
        }
    }

    static func translate(_ error: any Error, host: String, timeoutSeconds: Int) -> TransportError {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return .timedOut(seconds: timeoutSeconds)
            case .remoteConnectionClosed, .bodyLengthMismatch:
                return .connectionClosed
            case .cancelled:
                return .cancelled
            default:
                return .other("HTTP client: \(error)")
            }
        }
        if let error = error as? NIOTooManyBytesError {
            return .responseTooLarge(limitBytes: error.maxBytes ?? 0)
        }
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") {
            return .connectionRefused(host: host)
        }
        if text.contains("NIOConnectionError") || text.contains("Connect") {
            return .connectionRefused(host: host)
        }
        if text.lowercased().contains("resolve") || text.contains("NXDOMAIN") { return .unknownHost(host) }
        if text.contains("TLS") || text.contains("SSL") || text.contains("certificate") { return .tls(text) }
        return .other(text)
    }
}
