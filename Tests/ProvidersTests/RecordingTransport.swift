import Foundation
import Providers
import Synchronization

/// Passes requests to a real transport and records what was sent and the status answered.
final class RecordingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let log = Mutex<[(request: HTTPRequest, status: Int?)]>([])

    init(_ inner: any HTTPTransport = AsyncHTTPClientTransport()) { self.inner = inner }

    /// Every request sent, in order, with the status it got (nil when no answer came).
    var exchanges: [(request: HTTPRequest, status: Int?)] { log.withLock { $0 } }

    /// The requests whose path is `path`.
    func requests(to path: String) -> [HTTPRequest] {
        exchanges.map(\.request).filter { $0.url.path == path }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            let response = try await inner.send(request)
            log.withLock { $0.append((request, response.status)) }
            return response
        } catch {
            log.withLock { $0.append((request, nil)) }
            throw error
        }
    }
}

extension HTTPRequest {
    /// The query items in order, decoded, repeated names kept.
    var queryItems: [(name: String, value: String)] {
        URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? []
    }

    /// The values of one query parameter.
    func queryValues(_ name: String) -> [String] { queryItems.filter { $0.name == name }.map(\.value) }

    /// The value of one header (case-insensitive name).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
