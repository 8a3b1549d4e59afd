import CostCore
import Foundation
import GRDB

/// The tables of the cache file and the migrations that create them.
///
/// `piece` holds one row per account × fetch shape × period that has been stored, with
/// when it was fetched, whether the period was closed then (`complete`), and how many
/// records it holds. `piece_columns` holds each piece's records as one blob of columns
/// (``PieceColumns``). Files written before that held one `record` row per record, amounts as
/// exact decimal text; they are converted when opened.
enum CacheSchema {
    /// `PRAGMA application_id` of a costscope cache ("CoSt"): a file without it is not ours.
    static let applicationID: Int32 = 0x436F_5374

    /// The migrations, oldest first.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: pieces and records") { db in
            try db.execute(
                sql: """
                    CREATE TABLE piece (
                        id INTEGER PRIMARY KEY,
                        account TEXT NOT NULL,
                        shape TEXT NOT NULL,
                        start_ms INTEGER NOT NULL,
                        end_ms INTEGER NOT NULL,
                        fetched_at_ms INTEGER NOT NULL,
                        complete INTEGER NOT NULL,
                        record_count INTEGER NOT NULL,
                        generation INTEGER NOT NULL,
                        UNIQUE (account, shape, start_ms, end_ms)
                    ) STRICT;
                    CREATE TABLE record (
                        id INTEGER PRIMARY KEY,
                        piece_id INTEGER NOT NULL REFERENCES piece(id) ON DELETE CASCADE,
                        generation INTEGER NOT NULL,
                        row_key TEXT,
                        provider TEXT NOT NULL,
                        account TEXT NOT NULL,
                        project_id TEXT,
                        project_name TEXT,
                        object_id TEXT,
                        object_name TEXT,
                        object_type TEXT,
                        object_parent_id TEXT,
                        object_parent_name TEXT,
                        metric_id TEXT,
                        metric_name TEXT,
                        region TEXT,
                        service TEXT,
                        period_start_ms INTEGER NOT NULL,
                        period_end_ms INTEGER NOT NULL,
                        amount TEXT NOT NULL,
                        currency TEXT NOT NULL,
                        quantity TEXT,
                        unit TEXT,
                        native TEXT,
                        UNIQUE (piece_id, row_key)
                    ) STRICT;
                    PRAGMA application_id = \(applicationID);
                    """)
        }
        migrator.registerMigration("v2: records by piece in stored order") { db in
            // Index entries are ordered by (piece_id, rowid), so a piece's records are read in
            // the order they were stored without sorting them in a temporary table.
            try db.execute(sql: "CREATE INDEX record_by_piece ON record (piece_id)")
        }
        migrator.registerMigration("v3: pieces as columns") { db in
            try db.execute(
                sql: """
                    CREATE TABLE piece_columns (
                        piece_id INTEGER PRIMARY KEY REFERENCES piece(id) ON DELETE CASCADE,
                        data BLOB NOT NULL
                    ) STRICT
                    """)
            try convertRecordRows(db)
            try db.execute(sql: "DROP TABLE record")
        }
        migrator.registerMigration("v4: piece columns bound to their piece") { db in
            let pieces = try Row.fetchAll(db, sql: "SELECT id, account, shape, start_ms, end_ms FROM piece")
            let select = try db.makeStatement(sql: "SELECT data FROM piece_columns WHERE piece_id = ?")
            let update = try db.makeStatement(sql: "UPDATE piece_columns SET data = ? WHERE piece_id = ?")
            for row in pieces {
                let pieceID: Int64 = row["id"]
                guard let blob = try Data.fetchOne(select, arguments: [pieceID]) else { continue }
                // A blob that is not whole stays as it is: reading it finds the damage.
                guard let bound = PieceColumns.rebind([UInt8](blob), from: nil, to: identity(of: row)) else { continue }
                try update.execute(arguments: [Data(bound), pieceID])
            }
        }
        return migrator
    }

    /// The identity of the `piece` row `row` (with its `account`, `shape`, `start_ms`, `end_ms`).
    static func identity(of row: Row) -> PieceIdentity {
        PieceIdentity(
            PieceSeries(account: row["account"], shape: row["shape"]), start: row["start_ms"], end: row["end_ms"])
    }

    /// Rewrites every piece's `record` rows as its columns, in the order they were stored.
    /// A record that cannot be read stops the conversion (and the migration's transaction):
    /// the file is then moved aside with a note, not half converted.
    private static func convertRecordRows(_ db: Database) throws {
        let pieces = try Row.fetchAll(db, sql: "SELECT id, account, shape, start_ms, end_ms FROM piece ORDER BY id")
        guard !pieces.isEmpty else { return }
        let select = try db.makeStatement(sql: RecordRowReader.selectSQL)
        let insert = try db.makeStatement(sql: "INSERT INTO piece_columns (piece_id, data) VALUES (?, ?)")
        var reader = RecordRowReader()
        for piece in pieces {
            let pieceID: Int64 = piece["id"]
            var records = SpendStore()
            select.arguments = [pieceID]
            let rows = try Row.fetchCursor(select)
            do {
                while try rows.next() != nil { records.append(try reader.record(from: select.sqliteStatement)) }
            } catch let error as CacheError {
                throw UnconvertibleRecords(reason: error.message)
            }
            try insert.execute(arguments: [pieceID, Data(PieceColumns.encode(records, for: identity(of: piece)))])
        }
    }
}

/// A record of a file written before ``CacheSchema``'s columns that cannot be converted.
struct UnconvertibleRecords: Error {
    /// What is wrong with it.
    var reason: String
}
