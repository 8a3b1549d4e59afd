#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole buffer to a file descriptor with write(2): partial writes continue where they
/// stopped and an interrupted call (EINTR) is repeated; any other failure is returned as its errno.
enum FileDescriptorWriter {
    enum Outcome: Equatable {
        case written
        case failed(Int32)
    }

    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Outcome {
        guard var next = bytes.baseAddress else { return .written }
        var remaining = bytes.count
        while remaining > 0 {
            let count = write(descriptor, next, remaining)
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(errno)
            }
            // write(2) returns 0 only for a zero-length request; treat it as "no room" rather than spin.
            if count == 0 { return .failed(ENOSPC) }
            next += count
            remaining -= count
        }
        return .written
    }
}
