import CostCore
import Foundation
import GRDB
import GRDBSQLite

extension CostCache {
    /// The stored pieces of `series` that lie inside `range`, earliest first.
    public func pieces(of series: PieceSeries, within range: DateRange) async throws(CacheError) -> [StoredPiece] {
        try await reading("read the cached periods") { db in
            let pieces = try Self.pieceRows(db, series: series, within: range).map(\.piece)
            let periods = Set(pieces.map { PeriodKey($0.period) })
            if periods.count < pieces.count { throw StoredDamage.repeatedPeriod }
            return pieces
        }
    }

    /// The records of the stored pieces of `series` whose periods are exactly `periods`,
    /// in period order. Throws when one of them is not stored: the file may have been replaced
    /// (or changed by another process) since its pieces were listed, and a missing period read
    /// as no records would be money silently lost.
    public func records(of series: PieceSeries, in periods: [DateRange]) async throws(CacheError) -> SpendStore {
        guard let first = periods.map(\.start).min(), let last = periods.map(\.end).max() else { return SpendStore() }
        let wanted = Set(periods.map(PeriodKey.init))
        return try await reading("read the cached records") { db in
            let pieces = try Self.pieceRows(db, series: series, within: DateRange(start: first, end: last))
                .filter { wanted.contains(PeriodKey($0.piece.period)) }
            let found = Set(pieces.map { PeriodKey($0.piece.period) })
            if found.count < pieces.count { throw StoredDamage.repeatedPeriod }
            if found.count < wanted.count {
                let missing = periods.first { !found.contains(PeriodKey($0)) } ?? periods[0]
                throw CacheError(
                    "the cached period \(missing.start.formatted(.iso8601)) – \(missing.end.formatted(.iso8601)) is no longer stored"
                )
            }
            var records = SpendStore()
            records.reserveCapacity(pieces.reduce(0) { $0 + $1.piece.recordCount })
            var names = PieceNamesMemo()
            for stored in pieces {
                let identity = PieceIdentity(series, period: stored.piece.period)
                _ = try Self.appendRecords(ofPiece: stored.id, as: identity, in: db, to: &records, names: &names)
            }
            // Noted while the connection is held, so that a replacement of the file, which
            // holds it too, always sees what was read before it.
            self.noteWhole(periods, of: series)
            return records
        }
    }

    /// Appends the records of the piece with row id `pieceID`, which must have been written as
    /// `identity`, to `records`, in stored order, straight from SQLite's buffer; returns how
    /// many there were.
    static func appendRecords(
        ofPiece pieceID: Int64, as identity: PieceIdentity, in db: Database, to records: inout SpendStore,
        names: inout PieceNamesMemo
    ) throws -> Int {
        let select = try db.cachedStatement(sql: "SELECT data FROM piece_columns WHERE piece_id = ?")
        select.arguments = [pieceID]
        let rows = try Row.fetchCursor(select)
        guard try rows.next() != nil else { return 0 }
        let statement = select.sqliteStatement
        let bytes = UnsafeRawBufferPointer(
            start: sqlite3_column_blob(statement, 0), count: Int(sqlite3_column_bytes(statement, 0)))
        return try PieceColumns.decode(bytes, of: identity, into: &records, names: &names)
    }

    /// Pieces whose stored record count differs from the records actually stored, or whose
    /// records cannot be read: always empty unless the file was damaged or edited outside
    /// costscope.
    public func integrityProblems() async throws(CacheError) -> [String] {
        try await reading("check the cache") { db in
            let pieces = try Row.fetchAll(
                db, sql: "SELECT id, account, shape, start_ms, end_ms, record_count FROM piece")
            return try pieces.compactMap { row -> String? in
                let period = DateRange(
                    start: MillisecondTime.date(row["start_ms"]), end: MillisecondTime.date(row["end_ms"]))
                let account: String = row["account"]
                let expected: Int = row["record_count"]
                var scratch = SpendStore()
                let stored: Int
                let identity = PieceIdentity(
                    PieceSeries(account: account, shape: row["shape"]), start: row["start_ms"], end: row["end_ms"])
                var names = PieceNamesMemo()
                do {
                    stored = try Self.appendRecords(
                        ofPiece: row["id"], as: identity, in: db, to: &scratch, names: &names)
                } catch let error as CacheError {
                    return "\(account) \(period): \(error.message)"
                }
                return stored == expected ? nil : "\(account) \(period): \(expected) records expected, \(stored) stored"
            }
        }
    }

    static func pieceRows(_ db: Database, series: PieceSeries, within range: DateRange) throws -> [(
        id: Int64, piece: StoredPiece
    )] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, start_ms, end_ms, fetched_at_ms, complete, record_count FROM piece
                WHERE account = ? AND shape = ? AND start_ms >= ? AND end_ms <= ? ORDER BY start_ms, end_ms
                """,
            arguments: [
                series.account, series.shape, MillisecondTime.milliseconds(range.start),
                MillisecondTime.milliseconds(range.end),
            ]
        ).map { row in
            let piece = StoredPiece(
                period: DateRange(
                    start: MillisecondTime.date(row["start_ms"]), end: MillisecondTime.date(row["end_ms"])),
                fetchedAt: MillisecondTime.date(row["fetched_at_ms"]), isComplete: row["complete"],
                recordCount: row["record_count"])
            return (row["id"], piece)
        }
    }

    /// Runs `body` in a read transaction, turning failures into a ``CacheError`` saying what
    /// was being done. A read that finds the file damaged moves it aside, starts a fresh cache
    /// and throws an error with ``CacheError/replacedDamagedFile`` set.
    func reading<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(CacheError) -> T
    {
        let database = database
        do { return try await database.read(body) } catch {
            if let damage = await Self.damage(shownBy: error, in: database) {
                try replaceDamaged(database, problem: damage)
                throw CacheError(
                    "the cache file \(path) was damaged and has been replaced by a new one",
                    replacedDamagedFile: true)
            }
            throw CacheError("could not \(what) in \(path): \(CacheProblem.reason(error, path: path))")
        }
    }

    /// What is wrong with the file when `error` shows it is damaged: SQLite says so, a check of
    /// our own fails (``StoredDamage``), or a stored value cannot be read and
    /// `PRAGMA quick_check` finds the file broken.
    static func damage(shownBy error: any Error, in database: DatabaseQueue) async -> String? {
        if CacheProblem.isDamage(error) {
            let detail = (error as? DatabaseError)?.message ?? "database disk image is malformed"
            return "is damaged (SQLite: \(detail))"
        }
        if let detail = StoredDamage.detail(of: error) { return "is damaged (\(detail))" }
        guard error is CacheError else { return nil }
        let verdict = try? await database.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(1)") }
        guard let verdict, verdict != ["ok"] else { return verdict == nil ? "is damaged" : nil }
        return "is damaged (SQLite: \(verdict.first ?? "quick_check failed"))"
    }
}
