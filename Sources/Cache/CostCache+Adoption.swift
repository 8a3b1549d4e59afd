import Foundation
import GRDB

extension CostCache {
    /// Moves the pieces stored under the first of `earlierKeys` that has any to `key`, when
    /// nothing is stored under `key` yet; returns how many pieces moved.
    ///
    /// An account's key names the settings that change its records. When a setting stops
    /// counting (it turned out not to change the records) the key's text changes although the
    /// records do not: its cached closed periods — which a provider such as Cloud.ru no longer
    /// serves after three months — stay the account's instead of being left behind.
    public func adopt(earlierKeys: [String], as key: String) async throws(CacheError) -> Int {
        guard !earlierKeys.isEmpty else { return 0 }
        do {
            return try await database.write { db in
                let count = "SELECT count(*) FROM piece WHERE account = ?"
                guard try Int.fetchOne(db, sql: count, arguments: [key]) == 0 else { return 0 }
                for earlier in earlierKeys where earlier != key {
                    let pieces = try Int.fetchOne(db, sql: count, arguments: [earlier]) ?? 0
                    guard pieces > 0 else { continue }
                    try db.execute(sql: "UPDATE piece SET account = ? WHERE account = ?", arguments: [key, earlier])
                    try Self.rebindColumns(from: earlier, to: key, in: db)
                    return pieces
                }
                return 0
            }
        } catch {
            throw CacheError("could not update the cache file \(path): \(CacheProblem.reason(error, path: path))")
        }
    }

    /// Binds the columns of the pieces now under `key` to it (see ``PieceIdentity``); a blob
    /// that was not whole under `earlier` stays as it is, and reading it finds the damage.
    private static func rebindColumns(from earlier: String, to key: String, in db: Database) throws {
        let pieces = try Row.fetchAll(
            db, sql: "SELECT id, account, shape, start_ms, end_ms FROM piece WHERE account = ?", arguments: [key])
        for row in pieces {
            let pieceID: Int64 = row["id"]
            let new = CacheSchema.identity(of: row)
            var old = new
            old.series.account = earlier
            let select = "SELECT data FROM piece_columns WHERE piece_id = ?"
            guard let blob = try Data.fetchOne(db, sql: select, arguments: [pieceID]),
                let bound = PieceColumns.rebind([UInt8](blob), from: old, to: new)
            else { continue }
            try db.execute(
                sql: "UPDATE piece_columns SET data = ? WHERE piece_id = ?", arguments: [Data(bound), pieceID])
        }
    }
}
