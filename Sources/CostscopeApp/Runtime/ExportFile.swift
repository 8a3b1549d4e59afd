import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an export whole or not at all, and never over anything but a regular file the user may
/// write: the text goes to a new temporary file beside the target (created exclusively, flushed
/// with fsync), which rename(2) then puts in place in one step.
///
/// Refused, with the target untouched: a folder (the name of a file is wanted), a symbolic link
/// (to a folder or to a file: replacing the link would surprise, writing through it would write
/// somewhere not named), anything that is not a regular file (a FIFO, a device), and a file the
/// user may not write or that is marked read-only. A new file gets mode 0644 less the umask; a
/// replaced file keeps its mode. The temporary file is removed on every failure.
package enum ExportFile {
    /// Writes `text` to `path`. Errors are one sentence naming the path and the reason.
    package static func write(_ text: String, to path: String) throws(CommandFailure) {
        let target = absolute(path)
        if path.hasSuffix("/") {
            throw CommandFailure("cannot write \(path): a name ending in / is a folder; give the name of a file")
        }
        let directory = (target as NSString).deletingLastPathComponent
        let existingMode = try checkTarget(target)
        try checkDirectory(directory, of: target)
        let temporary = try createTemporary(beside: target, in: directory)
        do throws(CommandFailure) {
            try fill(temporary, with: text, mode: existingMode, target: target)
            if rename(temporary.path, target) != 0 {
                throw failure(target, errno)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        syncDirectory(directory)
    }

    /// `path` made absolute against the current directory.
    package static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
            .standardizedFileURL.path
    }

    /// The mode of the regular file to be replaced, nil when there is none; throws for anything
    /// that must not be replaced.
    private static func checkTarget(_ target: String) throws(CommandFailure) -> mode_t? {
        var info = stat()
        guard lstat(target, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw failure(target, errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            // A file without its owner's write bit is marked read-only: left alone even for root,
            // whom access(2) would let through.
            guard info.st_mode & S_IWUSR != 0, access(target, W_OK) == 0 else {
                throw CommandFailure(
                    "cannot write \(target): the file exists and is not writable; it was left as it is")
            }
            return info.st_mode & 0o7777
        case S_IFDIR:
            throw CommandFailure(
                "cannot write \(target): it is a folder; give the name of a file, e.g. \(target == "/" ? "" : target)/spend.csv"
            )
        case S_IFLNK:
            var resolved = stat()
            let pointsToFolder = stat(target, &resolved) == 0 && resolved.st_mode & S_IFMT == S_IFDIR
            throw CommandFailure(
                "cannot write \(target): it is a symbolic link\(pointsToFolder ? " to a folder" : ""); give the path of the file itself"
            )
        default:
            throw CommandFailure("cannot write \(target): it is not a regular file (a FIFO, socket or device)")
        }
    }

    private static func checkDirectory(_ directory: String, of target: String) throws(CommandFailure) {
        var info = stat()
        guard stat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw CommandFailure("cannot write \(target): the folder \(directory) does not exist")
        }
    }

    /// A new, empty file `.<name>.<random>.partial` in `directory`, created exclusively so that
    /// nothing already there (a file, a planted link) is ever opened.
    private static func createTemporary(beside target: String, in directory: String) throws(CommandFailure)
        -> TemporaryFile
    {
        let name = (target as NSString).lastPathComponent
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let path = (directory as NSString).appendingPathComponent(".\(name).\(getpid())-\(suffix).partial")
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return TemporaryFile(path: path, descriptor: descriptor) }
            let code = errno
            if code == EACCES || code == EPERM || code == EROFS {
                throw CommandFailure("cannot write \(target): cannot create files in \(directory) (\(reason(code)))")
            }
            if code != EEXIST { throw failure(target, code) }
        }
        throw failure(target, EEXIST)
    }

    /// Writes `text` into `file`, gives it `mode` (when replacing a file), flushes it to disk and closes it.
    private static func fill(_ file: TemporaryFile, with text: String, mode: mode_t?, target: String)
        throws(CommandFailure)
    {
        var text = text
        var code: Int32 = 0
        if let mode, fchmod(file.descriptor, mode) != 0 { code = errno }
        if code == 0,
            case .failed(let failed) = text.withUTF8({ FileDescriptorWriter.writeAll($0, to: file.descriptor) })
        {
            code = failed
        }
        if code == 0, fsync(file.descriptor) != 0 { code = errno }
        if close(file.descriptor) != 0, code == 0, errno != EINTR { code = errno }
        if code != 0 { throw failure(target, code) }
    }

    /// Makes the rename itself durable; a failure here loses nothing that was not already safe.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ target: String, _ code: Int32) -> CommandFailure {
        CommandFailure("cannot write \(target): \(reason(code))")
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    private struct TemporaryFile {
        let path: String
        let descriptor: Int32
    }
}
