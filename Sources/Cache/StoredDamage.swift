/// Failures that only a damaged file (or one edited outside costscope) can cause, although
/// SQLite reads it without an error: SQLite checks the structure of its pages, not the bytes of
/// a large value, and a damaged index can let one period be stored twice. A read that meets one
/// moves the file aside like any other damage.
enum StoredDamage {
    /// A piece's columns fail their checksum or do not parse (``PieceColumns``).
    static let unreadableRecords = CacheError("a cached period's records are unreadable")
    /// Two pieces of one series cover the same period, which the unique index forbids.
    static let repeatedPeriod = CacheError("a cached period is stored twice")

    /// What `error` says is damaged, when it is one of these.
    static func detail(of error: any Error) -> String? {
        guard let error = error as? CacheError, error == unreadableRecords || error == repeatedPeriod else {
            return nil
        }
        return error.message
    }
}
