#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole buffer to a file descriptor with write(2): partial writes continue where they
/// stopped, an interrupted call (EINTR) is repeated, a descriptor left non-blocking by the parent
/// (EAGAIN) is waited for; any other failure is returned as its errno.
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
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                return .failed(code)
            }
            // write(2) returns 0 only for a zero-length request; treat it as "no room" rather than spin.
            if count == 0 { return .failed(ENOSPC) }
            next += count
            remaining -= count
        }
        return .written
    }
}
