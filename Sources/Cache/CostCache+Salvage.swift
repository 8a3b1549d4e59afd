import CostCore
import Foundation
import GRDB

extension CostCache {
    /// Records that `periods` of `series` were stored or read back whole (see ``wholeThisRun``).
    func noteWhole(_ periods: [DateRange], of series: PieceSeries) {
        wholeThisRun.withLock { $0[series, default: []].formUnion(periods.map(PeriodKey.init)) }
    }

    /// Copies the pieces `stored` lists from the damaged file open in `damaged` into `fresh`,
    /// each with its fetch time and completeness. This run wrote or read them whole, so the
    /// damage lies elsewhere; a series that cannot be read is left out and fetched again the
    /// next time it is needed.
    static func salvage(
        _ stored: [PieceSeries: Set<PeriodKey>], from damaged: Database, into fresh: DatabaseQueue
    ) {
        for (series, periods) in stored {
            guard let first = periods.map(\.start).min(), let last = periods.map(\.end).max() else { continue }
            let range = DateRange(start: MillisecondTime.date(first), end: MillisecondTime.date(last))
            let pieces: [(StoredPiece, Data)]
            do {
                pieces = try pieceRows(damaged, series: series, within: range).filter {
                    periods.contains(PeriodKey($0.piece.period))
                }
                .map { row in
                    let columns = try Data.fetchOne(
                        damaged, sql: "SELECT data FROM piece_columns WHERE piece_id = ?", arguments: [row.id])
                    guard let columns else { throw CacheError("missing piece") }
                    var scratch = SpendStore()
                    let identity = PieceIdentity(series, period: row.piece.period)
                    let count = try columns.withUnsafeBytes {
                        try PieceColumns.decode($0, of: identity, into: &scratch)
                    }
                    guard count == row.piece.recordCount else { throw CacheError("incomplete piece") }
                    return (row.piece, columns)
                }
            } catch {
                continue
            }
            try? fresh.write { db in
                for (piece, columns) in pieces {
                    try storeColumns(
                        columns, count: piece.recordCount, period: piece.period, isComplete: piece.isComplete,
                        of: series, fetchedAt: piece.fetchedAt, in: db)
                }
            }
        }
    }
}
