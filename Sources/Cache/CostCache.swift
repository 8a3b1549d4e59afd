import CostCore
import Foundation
import GRDB

/// The local SQLite cache of fetched records, one file per cache directory and purpose.
///
/// Records are stored per ``PieceSeries`` and period (a piece). A piece exists only once its
/// records are stored: both are written in one transaction, so a fetch or a write that is
/// interrupted leaves no piece behind. Only records and account keys are written, never a
/// credential.
public final class CostCache: Sendable {
    /// The database file.
    public let path: String
    let database: DatabaseQueue
    /// Called inside every write transaction just before it commits (fault injection for tests).
    let beforeCommit: (@Sendable () -> Void)?

    private init(path: String, database: DatabaseQueue, beforeCommit: (@Sendable () -> Void)?) {
        self.path = path
        self.database = database
        self.beforeCommit = beforeCommit
    }

    /// Opens (or creates) `fileName` in `directory`. A file that is not a SQLite database, is
    /// damaged, or is a SQLite database of another program is moved aside to
    /// `<file>.corrupt-<UTC time>` (never deleted) and a new cache is started; the opening's
    /// ``CacheOpening/notice`` then says so. `now` stamps the moved file's name.
    public static func open(
        directory: String, fileName: String, now: Date = Date(), beforeCommit: (@Sendable () -> Void)? = nil
    ) throws(CacheError) -> CacheOpening {
        try CacheFile.prepareDirectory(directory)
        let path = (directory as NSString).appendingPathComponent(fileName)
        var notice: String?
        if let problem = CacheFile.headerProblem(at: path) {
            notice = try movedAside(path, problem: problem, now: now)
        }
        do {
            return CacheOpening(cache: try connect(path, beforeCommit: beforeCommit), notice: notice)
        } catch {
            switch error {
            case .unusable(let problem): notice = try movedAside(path, problem: problem, now: now)
            case .failed(let failure): throw failure
            }
        }
        do {
            return CacheOpening(cache: try connect(path, beforeCommit: beforeCommit), notice: notice)
        } catch {
            switch error {
            case .unusable(let problem): throw CacheError("could not start a new cache at \(path): it \(problem)")
            case .failed(let failure): throw failure
            }
        }
    }

    private static func movedAside(_ path: String, problem: String, now: Date) throws(CacheError) -> String {
        let target = try CacheFile.moveAside(path, at: now)
        return "the cache file \(path) \(problem); moved it to \(target) and started a new cache"
    }

    /// Why a file could not be opened as our cache.
    private enum ConnectFailure: Error {
        /// The file is not usable as a cache and may be moved aside: what is wrong with it.
        case unusable(String)
        /// Something else failed (permissions, a newer schema): reported, the file is left alone.
        case failed(CacheError)
    }

    private static func connect(_ path: String, beforeCommit: (@Sendable () -> Void)?) throws(ConnectFailure)
        -> CostCache
    {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "costscope.cache"
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            let (applicationID, tables) = try database.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try String.fetchAll(
                        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                )
            }
            if applicationID != CacheSchema.applicationID && !(applicationID == 0 && tables.isEmpty) {
                try? database.close()
                let listed = tables.isEmpty ? "no tables" : "tables: " + tables.prefix(5).joined(separator: ", ")
                throw ConnectFailure.unusable(
                    "is a SQLite database of another program (application_id \(applicationID), \(listed))")
            }
            let migrator = CacheSchema.migrator
            if try database.read({ try migrator.hasBeenSuperseded($0) }) {
                throw ConnectFailure.failed(
                    CacheError("the cache file \(path) was written by a newer costscope; run without it (--no-cache)"))
            }
            try migrator.migrate(database)
        } catch let failure as ConnectFailure {
            throw failure
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw .unusable("is damaged (SQLite: \(error.message ?? "\(error.resultCode)"))")
        } catch {
            throw .failed(CacheError("could not open the cache file \(path): \(error)"))
        }
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return CostCache(path: path, database: database, beforeCommit: beforeCommit)
    }
}
