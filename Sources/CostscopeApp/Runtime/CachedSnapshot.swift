import CostCore
import Foundation

/// What the cache holds for a whole query, shown before (or instead of) a fetch.
struct CachedSnapshot: Sendable {
    /// Every cached record of the query's range.
    package var records: SpendStore
    /// When the oldest of them was fetched.
    var asOf: Date
    /// Whether nothing needs fetching: every period is final, or the cache is all there is (`--offline`).
    var isFinal: Bool
}

/// A fetcher that can answer a query from the cache alone, at once.
protocol CachedSnapshotSource: Sendable {
    /// The cached records for all of `query`, or nil when some period was never stored.
    func cachedSnapshot(_ query: FetchQuery) async -> CachedSnapshot?
}
