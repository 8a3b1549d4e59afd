/// How fetches use the cache.
package enum CacheMode: Sendable {
    /// Closed periods from the cache, everything else from the provider; what is fetched is stored.
    case normal
    /// Only the cache: nothing is fetched, and a period never stored is an error.
    case offline
    /// Everything from the provider, overwriting what is stored.
    case refresh
}
