import CostCore
import Foundation
import GRDB

extension CostCache {
    /// Stores `pieces` of `series`, fetched at `fetchedAt`, in one transaction: each piece's
    /// records replace what was stored for its period (a row with a stable key, such as
    /// Cloud.ru's `encode_id`, is kept once; rows gone from the new answer are removed), and
    /// the piece is recorded with its completeness in the same transaction.
    ///
    /// A write that finds the file damaged moves it aside and is tried once more on a fresh
    /// cache. The first write of the run that fails is reported with a human reason (a
    /// read-only folder, a full disk, a file size limit); the caller's data is unaffected.
    public func store(_ pieces: [PieceContent], of series: PieceSeries, fetchedAt: Date) async throws(CacheError) {
        guard !pieces.isEmpty else { return }
        var database = database
        do {
            try await write(pieces, of: series, fetchedAt: fetchedAt, to: database)
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
    }

    private func write(
        _ pieces: [PieceContent], of series: PieceSeries, fetchedAt: Date, to database: DatabaseQueue
    ) async throws {
        let beforeCommit = beforeCommit
        try await database.write { db in
            for piece in pieces {
                try Self.store(piece, of: series, fetchedAt: fetchedAt, in: db)
            }
            // Noted while the connection is held (see `records(of:in:)`); should the commit
            // fail, a replacement only looks for pieces that are not there.
            self.noteWhole(pieces.map(\.period), of: series)
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

    static func store(_ piece: PieceContent, of series: PieceSeries, fetchedAt: Date, in db: Database) throws {
        let records = withoutRepeatedRowKeys(piece.records)
        try storeColumns(
            Data(PieceColumns.encode(records, for: PieceIdentity(series, period: piece.period))), count: records.count,
            period: piece.period,
            isComplete: piece.isComplete, of: series, fetchedAt: fetchedAt, in: db)
    }

    /// Stores a piece's encoded columns (``PieceColumns``), replacing what its period held.
    static func storeColumns(
        _ columns: Data, count: Int, period: DateRange, isComplete: Bool, of series: PieceSeries, fetchedAt: Date,
        in db: Database
    ) throws {
        let row = try Row.fetchOne(
            db,
            sql: """
                INSERT INTO piece (account, shape, start_ms, end_ms, fetched_at_ms, complete, record_count, generation)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (account, shape, start_ms, end_ms) DO UPDATE SET
                    fetched_at_ms = excluded.fetched_at_ms, complete = excluded.complete,
                    record_count = excluded.record_count, generation = piece.generation + 1
                RETURNING id
                """,
            arguments: [
                series.account, series.shape, MillisecondTime.milliseconds(period.start),
                MillisecondTime.milliseconds(period.end), MillisecondTime.milliseconds(fetchedAt), isComplete ? 1 : 0,
                count,
            ])
        guard let row else { throw CacheError("the cache did not return the stored period \(period)") }
        let pieceID: Int64 = row["id"]
        try db.execute(
            sql: """
                INSERT INTO piece_columns (piece_id, data) VALUES (?, ?)
                ON CONFLICT (piece_id) DO UPDATE SET data = excluded.data
                """,
            arguments: [pieceID, columns])
    }

    /// `records` with one record per row key (``SpendStore/rowKeys``, e.g. Cloud.ru's
    /// `encode_id`): a row a provider answered twice is kept once, as its last answer, where it
    /// first appeared. Records without a key are all kept.
    static func withoutRepeatedRowKeys(_ records: SpendStore) -> SpendStore {
        guard !records.rowKeys.isEmpty else { return records }
        var slots: [String: Int] = [:]
        var kept: [Int] = []
        kept.reserveCapacity(records.count)
        for (index, key) in records.rowKeys.enumerated() {
            guard !key.isEmpty else {
                kept.append(index)
                continue
            }
            if let slot = slots[key] {
                kept[slot] = index
            } else {
                slots[key] = kept.count
                kept.append(index)
            }
        }
        return kept.count == records.count ? records : records.subset(at: kept)
    }
}
