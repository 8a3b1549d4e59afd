import CostCore
import Foundation
import GRDB
import Synchronization

/// The local SQLite cache of fetched records, one file per cache directory and purpose.
///
/// Records are stored per ``PieceSeries`` and period (a piece). A piece exists only once its
/// records are stored: both are written in one transaction, so a fetch or a write that is
/// interrupted leaves no piece behind. Only records and account keys are written, never a
/// credential.
///
/// A file found damaged while in use is moved aside and replaced by a fresh cache (see
/// ``CacheError/replacedDamagedFile``); that, and the first write that fails in a run, is told
/// through the `report` closure given to ``open(directory:fileName:now:report:beforeCommit:)``.
public final class CostCache: Sendable {
    /// The database file.
    public let path: String
    private let connection: Mutex<DatabaseQueue>
    /// Called inside every write transaction just before it commits (fault injection for tests).
    let beforeCommit: (@Sendable () -> Void)?
    /// Where one-line notes about the file go (a file replaced, a write that failed).
    let report: @Sendable (String) -> Void
    /// Stamps the name a damaged file is moved to.
    let now: @Sendable () -> Date
    /// Set once a failed write has been reported: the user is told once per run.
    let writeFailureReported = Atomic<Bool>(false)
    /// The periods known whole in this run, because they were stored or read back through
    /// this instance: copied into the fresh cache when the file is found damaged, so what
    /// this run fetched or read is not lost with it.
    let wholeThisRun = Mutex<[PieceSeries: Set<PeriodKey>]>([:])

    private init(
        path: String, database: DatabaseQueue, now: @escaping @Sendable () -> Date,
        report: @escaping @Sendable (String) -> Void, beforeCommit: (@Sendable () -> Void)?
    ) {
        self.path = path
        self.connection = Mutex(database)
        self.now = now
        self.report = report
        self.beforeCommit = beforeCommit
    }

    /// The connection in use (a new one after a damaged file was replaced).
    var database: DatabaseQueue { connection.withLock { $0 } }

    /// Opens (or creates) `fileName` in `directory`. A file that is not a SQLite database, is
    /// damaged, or is a SQLite database of another program is moved aside to
    /// `<file>.corrupt-<UTC time>` (never deleted) and a new cache is started; the opening's
    /// ``CacheOpening/notice`` then says so. `now` stamps the moved file's name.
    ///
    /// Checking, creating and migrating happen under a lock on `<file>.lock`, so a process
    /// never mistakes a file another one is creating for a foreign or damaged one.
    public static func open(
        directory: String, fileName: String, now: @escaping @Sendable @autoclosure () -> Date = Date(),
        report: @escaping @Sendable (String) -> Void = { _ in }, beforeCommit: (@Sendable () -> Void)? = nil
    ) throws(CacheError) -> CacheOpening {
        try CacheFile.prepareDirectory(directory)
        let path = (directory as NSString).appendingPathComponent(fileName)
        let lock = try CacheFileLock.acquire(for: path)
        defer { lock?.release() }
        let (database, notice) = try openLocked(path, now: now())
        let cache = CostCache(path: path, database: database, now: now, report: report, beforeCommit: beforeCommit)
        return CacheOpening(cache: cache, notice: notice)
    }

    /// Connects to `path`, moving an unusable file aside first; the caller holds the file lock.
    private static func openLocked(_ path: String, now: Date) throws(CacheError) -> (DatabaseQueue, String?) {
        var notice: String?
        if let problem = CacheFile.headerProblem(at: path) {
            notice = try movedAside(path, problem: problem, now: now)
        }
        do {
            return (try connect(path), notice)
        } catch {
            switch error {
            case .unusable(let problem): notice = try movedAside(path, problem: problem, now: now)
            case .failed(let failure): throw failure
            }
        }
        do {
            return (try connect(path), notice)
        } catch {
            switch error {
            case .unusable(let problem): throw CacheError("could not start a new cache at \(path): it \(problem)")
            case .failed(let failure): throw failure
            }
        }
    }

    /// Moves the damaged file behind `failed` aside and connects to a fresh one in its place,
    /// then reports it. Does nothing when another task already replaced that connection.
    func replaceDamaged(_ failed: DatabaseQueue, problem: String) throws(CacheError) {
        let notice: String? = try connection.withLock { (current: inout DatabaseQueue) throws(CacheError) -> String? in
            guard current === failed else { return nil }
            let lock = try CacheFileLock.acquire(for: path)
            defer { lock?.release() }
            // Holding the old connection keeps other tasks' transactions on it out of the way
            // while the file moves: their journal is named after the path, and a fresh file
            // beside a live journal would read it as its own and fail to open.
            let replaced = failed.writeWithoutTransaction { db in
                Result { () throws(CacheError) in
                    let moved = try Self.movedAside(path, problem: problem, now: now())
                    let (fresh, _) = try Self.openLocked(path, now: now())
                    // The old connection still reads the moved file.
                    Self.salvage(wholeThisRun.withLock { $0 }, from: db, into: fresh)
                    return (fresh, moved)
                }
            }
            let (fresh, moved) = try replaced.get()
            try? failed.close()
            current = fresh
            return moved
        }
        if let notice { report(notice) }
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

    /// Tables a costscope cache may hold before its first migration has set `application_id`:
    /// a file that a process stopped while creating, which is ours to finish.
    private static let halfCreatedTables: Set<String> = ["grdb_migrations"]

    private static func connect(_ path: String) throws(ConnectFailure) -> DatabaseQueue {
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
            let halfCreated = applicationID == 0 && Set(tables).isSubset(of: halfCreatedTables)
            if applicationID != CacheSchema.applicationID && !halfCreated {
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
            let convertsRecordRows = try database.read { try $0.tableExists("record") }
            try migrator.migrate(database)
            // The dropped record rows would otherwise stay in the file as free pages, at about
            // twice the size of the columns that replaced them.
            if convertsRecordRows { try? database.vacuum() }
        } catch let failure as ConnectFailure {
            throw failure
        } catch let unconvertible as UnconvertibleRecords {
            throw .unusable("was written by an earlier costscope and could not be converted (\(unconvertible.reason))")
        } catch let error as DatabaseError where CacheProblem.isDamage(error) {
            throw .unusable("is damaged (SQLite: \(error.message ?? "\(error.resultCode)"))")
        } catch {
            throw .failed(
                CacheError("could not open the cache file \(path): \(CacheProblem.reason(error, path: path))"))
        }
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return database
    }
}

/// An opened cache, and what the user should be told about the file it found.
public struct CacheOpening: Sendable {
    /// The cache, ready to use.
    public let cache: CostCache
    /// Set when an unusable file was moved aside: says what was wrong and where it went.
    public let notice: String?
}
