import Foundation
import Logging

/// A swift-log handler that appends each message as one line to a ``RequestLogFile``.
struct RequestLogHandler: LogHandler {
    package let file: RequestLogFile
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        file.append(event.message.description)
    }
}

/// The request log's file, created with mode 0600 (the lines name accounts and hosts). One
/// `write` per line, under a lock, with `O_APPEND`: concurrent requests and concurrent
/// processes never interleave within a line.
package final class RequestLogFile: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    /// Opens `path` for appending, or throws a one-line reason naming it.
    package init(path: String) throws(CommandFailure) {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw CommandFailure("cannot write the request log \(path): it is a directory")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write the request log \(path): \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `line` and a newline.
    package func append(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            // A log that stops accepting lines must not stop the fetch it describes.
            guard written > 0 else { return }
            offset += written
        }
    }
}
