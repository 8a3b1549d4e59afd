import CostCore
import Foundation

/// The cache file on disk: checks that an existing file is a SQLite database before it is
/// opened, and moves a file that cannot be used aside instead of deleting it.
enum CacheFile {
    /// The 16 bytes every SQLite 3 database starts with.
    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Why the file at `path` is not a SQLite database, or nil when it is one, is empty or is missing.
    static func headerProblem(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: sqliteHeader.count)) ?? Data())
        if bytes.isEmpty || bytes == sqliteHeader { return nil }
        let shown = bytes.prefix(8).map { String(format: "%02x", $0) }.joined(separator: " ")
        return "is not a SQLite database (it starts with bytes \(shown), not \"SQLite format 3\")"
    }

    /// Renames `path` (and its journal files, when present) to `path.corrupt-<UTC time>` and
    /// returns the new path.
    static func moveAside(_ path: String, at now: Date) throws(CacheError) -> String {
        let stamp = CivilDateTime(now, utcOffsetSeconds: 0).description
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        var target = "\(path).corrupt-\(stamp)Z"
        var attempt = 1
        while FileManager.default.fileExists(atPath: target) {
            attempt += 1
            target = "\(path).corrupt-\(stamp)Z-\(attempt)"
        }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: target)
        } catch {
            throw CacheError("could not move the unusable cache file \(path) aside: \(error.localizedDescription)")
        }
        for suffix in ["-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: target + suffix)
        }
        return target
    }

    /// Creates `directory` (private to the user) when it does not exist.
    static func prepareDirectory(_ directory: String) throws(CacheError) {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CacheError("could not create the cache directory \(directory): \(error.localizedDescription)")
        }
    }
}
