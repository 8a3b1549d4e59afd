import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Human reasons for SQLite failures on the cache file: what the user can act on (a read-only
/// folder, a full disk, a file size limit), never SQLite's statement text.
enum CacheProblem {
    /// Why an operation on the cache file at `path` failed, as a short phrase.
    static func reason(_ error: any Error, path: String) -> String {
        if let cacheError = error as? CacheError { return cacheError.message }
        guard let database = error as? DatabaseError else { return error.localizedDescription }
        let folder = (path as NSString).deletingLastPathComponent
        if database.extendedResultCode == .SQLITE_READONLY_DBMOVED {
            return "the file was moved or deleted while costscope was using it"
        }
        switch database.resultCode {
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            if access(folder, W_OK) != 0 { return "the folder \(folder) is read-only" }
            if FileManager.default.fileExists(atPath: path) && access(path, W_OK) != 0 {
                return "the file is read-only"
            }
            return database.resultCode == .SQLITE_CANTOPEN ? "it could not be opened" : "it is read-only"
        case .SQLITE_FULL, .SQLITE_IOERR:
            if fileSizeIsLimited() { return "the file size limit (ulimit -f) was reached" }
            if diskIsFull(folder) || database.resultCode == .SQLITE_FULL { return "the disk is full" }
            return "the disk reported an input/output error"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another costscope process kept it locked"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the file is damaged"
        default:
            return database.message ?? "SQLite error \(database.resultCode.rawValue)"
        }
    }

    /// Whether `error` says the file itself is damaged (not the disk, the folder or a lock).
    static func isDamage(_ error: any Error) -> Bool {
        guard let database = error as? DatabaseError else { return false }
        return database.resultCode == .SQLITE_CORRUPT || database.resultCode == .SQLITE_NOTADB
    }

    /// Whether the process has a finite file size limit (`ulimit -f`).
    private static func fileSizeIsLimited() -> Bool {
        var limit = rlimit()
        #if os(Linux)
            guard getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0 else { return false }
            return limit.rlim_cur != rlim_t.max  // RLIM_INFINITY
        #else
            guard getrlimit(RLIMIT_FSIZE, &limit) == 0 else { return false }
            return limit.rlim_cur != RLIM_INFINITY
        #endif
    }

    /// Whether the file system holding `folder` has no blocks left for the user.
    private static func diskIsFull(_ folder: String) -> Bool {
        var stats = statvfs()
        guard statvfs(folder, &stats) == 0 else { return false }
        return stats.f_bavail == 0
    }
}
