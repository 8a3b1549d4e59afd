import HTTPTypes
import Hummingbird
import NIOCore

/// A response body writer that keeps what is written, so a middleware can rewrite an answer.
final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []

    func write(_ buffer: ByteBuffer) async throws {
        bytes.append(contentsOf: buffer.readableBytesView)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}

    /// The whole body of `response`.
    static func collect(_ response: Response) async throws -> [UInt8] {
        let collector = BodyCollector()
        try await response.body.write(collector)
        return collector.bytes
    }
}
