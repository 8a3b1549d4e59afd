import CostCore
import Foundation

/// Reads the bytes of the config file, refusing what is not a regular file before reading
/// anything: a directory, a device, or a FIFO (opened without blocking, never read) each get
/// a sentence saying what the path is.
enum ConfigFileReader {
    /// A config larger than this is not one a person wrote.
    static let sizeLimit = 4 << 20

    /// The file's bytes and permission bits.
    static func read(_ path: String) throws(ConfigError) -> (bytes: [UInt8], mode: mode_t) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw ConfigError("\(path): no such file")
            case EACCES, EPERM: throw ConfigError("\(path): cannot be read (check its permissions)")
            case ENXIO: throw ConfigError("\(path) is a socket or a pipe nobody writes to, not a config file")
            default: throw ConfigError("\(path): cannot be opened (\(String(cString: strerror(code))))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ConfigError("\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        if let kind = kind(of: status.st_mode) {
            throw ConfigError("\(path) is \(kind), not a config file (give the path of a regular file)")
        }
        guard status.st_size <= sizeLimit else {
            throw ConfigError("\(path) is \(status.st_size) bytes, too large for a config file")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConfigError("\(path): cannot be read (\(String(cString: strerror(errno))))")
            }
            bytes += buffer[0..<count]
            guard bytes.count <= sizeLimit else { throw ConfigError("\(path) is too large for a config file") }
        }
        return (bytes, status.st_mode)
    }

    /// What a file that is not a regular file is, for the message; nil for a regular file.
    private static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a pipe (FIFO)"
        case S_IFCHR: "a character device (such as a terminal)"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
