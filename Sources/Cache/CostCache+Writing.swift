import CostCore
import Foundation
import GRDB

extension CostCache {
    /// Stores `pieces` of `series`, fetched at `fetchedAt`, in one transaction: each piece's
    /// records replace what was stored for its period (rows with a stable key, such as
    /// Cloud.ru's `encode_id`, are updated in place; rows gone from the new answer are
    /// removed), and the piece is recorded with its completeness in the same transaction.
    ///
    /// A write that finds the file damaged moves it aside and is tried once more on a fresh
    /// cache. The first write of the run that fails is reported with a human reason (a
    /// read-only folder, a full disk, a file size limit); the caller's data is unaffected.
    public func store(_ pieces: [PieceContent], of series: PieceSeries, fetchedAt: Date) async throws(CacheError) {
        guard !pieces.isEmpty else { return }
        var database = database
        do {
            try await write(pieces, of: series, fetchedAt: fetchedAt, to: database)
            noteWhole(pieces.map(\.period), of: series)
            return
        } catch {
            // Another task found the file damaged and replaced it while this write waited: the
            // old connection refuses to write to the moved file, the new one takes the write.
            if database === self.database {
                guard let damage = await Self.damage(shownBy: error, in: database) else {
                    throw writeFailed(error)
                }
                try replaceDamaged(database, problem: damage)
            }
        }
        database = self.database
        do { try await write(pieces, of: series, fetchedAt: fetchedAt, to: database) } catch {
            throw writeFailed(error)
        }
        noteWhole(pieces.map(\.period), of: series)
    }

    private func write(
        _ pieces: [PieceContent], of series: PieceSeries, fetchedAt: Date, to database: DatabaseQueue
    ) async throws {
        let beforeCommit = beforeCommit
        try await database.write { db in
            for piece in pieces {
                try Self.store(piece, of: series, fetchedAt: fetchedAt, in: db)
            }
            beforeCommit?()
        }
    }

    /// The error for a failed write, reported the first time in a run.
    private func writeFailed(_ error: any Error) -> CacheError {
        let failure = CacheError("could not write to the cache file \(path): \(CacheProblem.reason(error, path: path))")
        if !writeFailureReported.exchange(true, ordering: .relaxed) {
            report(failure.message + "; fetched data is not kept for the next run")
        }
        return failure
    }

    private static let insertRecordSQL: String = {
        let columns = ["piece_id", "generation"] + RecordColumns.names
        let updates = (["generation"] + RecordColumns.names.dropFirst()).map { "\($0) = excluded.\($0)" }
        return """
            INSERT INTO record (\(columns.joined(separator: ", ")))
            VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            ON CONFLICT (piece_id, row_key) DO UPDATE SET \(updates.joined(separator: ", "))
            """
    }()

    static func store(_ piece: PieceContent, of series: PieceSeries, fetchedAt: Date, in db: Database) throws {
        let keys = Set(piece.records.compactMap { $0.native[RecordColumns.rowKeyField] })
        let keyless = piece.records.count { $0.native[RecordColumns.rowKeyField] == nil }
        let row = try Row.fetchOne(
            db,
            sql: """
                INSERT INTO piece (account, shape, start_ms, end_ms, fetched_at_ms, complete, record_count, generation)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (account, shape, start_ms, end_ms) DO UPDATE SET
                    fetched_at_ms = excluded.fetched_at_ms, complete = excluded.complete,
                    record_count = excluded.record_count, generation = piece.generation + 1
                RETURNING id, generation
                """,
            arguments: [
                series.account, series.shape, MillisecondTime.milliseconds(piece.period.start),
                MillisecondTime.milliseconds(piece.period.end), MillisecondTime.milliseconds(fetchedAt),
                piece.isComplete ? 1 : 0, keys.count + keyless,
            ])
        guard let row else { throw CacheError("the cache did not return the stored period \(piece.period)") }
        let pieceID: Int64 = row["id"]
        let generation: Int64 = row["generation"]
        try db.execute(sql: "DELETE FROM record WHERE piece_id = ? AND row_key IS NULL", arguments: [pieceID])
        let insert = try db.cachedStatement(sql: insertRecordSQL)
        for record in piece.records {
            try insert.execute(
                arguments: StatementArguments([pieceID, generation] + RecordColumns.values(of: record)))
        }
        try db.execute(
            sql: "DELETE FROM record WHERE piece_id = ? AND generation <> ?", arguments: [pieceID, generation])
    }
}
