import Cache
import CostCore
import Foundation
import Providers

/// An ``SpendSource`` in front of the local cache: a query is cut into days of the view's
/// zone; closed days already stored are read from the cache, the rest is fetched in one
/// request span and stored, each day marked complete only when it was closed at fetch time.
package struct CachingFetcher: SpendSource, CachedSnapshotSource {
    /// The fetcher that asks the provider.
    package let upstream: any SpendSource
    /// The cache.
    package let cache: CostCache
    /// The account's key in the cache (see ``CacheIdentity``).
    package let accountKey: String
    /// Keys the account had before (see ``CacheIdentity/earlierKeys(for:)``): what was stored
    /// under them is moved to ``accountKey`` before it is first looked up.
    package var earlierKeys: [String] = []
    /// How the cache is used.
    package let mode: CacheMode
    /// "Now", which decides what is closed (the simulated one in the demo).
    package let now: @Sendable () -> Date

    package init(
        upstream: any SpendSource, cache: CostCache, accountKey: String, earlierKeys: [String] = [], mode: CacheMode,
        now: @escaping @Sendable () -> Date
    ) {
        self.upstream = upstream
        self.cache = cache
        self.accountKey = accountKey
        self.earlierKeys = earlierKeys
        self.mode = mode
        self.now = now
    }

    package var name: String { upstream.name }
    package var provider: ProviderKind { upstream.provider }

    package func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        await adoptEarlierKeys()
        let plan = PiecePlan(range: query.range, zone: query.zone)
        let series = PieceSeries(account: accountKey, granularity: query.granularity, zone: query.zone)
        let stored = await storedPieces(of: series, for: query)
        if mode == .offline {
            return try await offlineRecords(plan: plan, series: series, stored: stored, query: query)
        }
        let reusable: (DateRange) -> Bool = { mode == .normal && stored[PeriodKey($0)]?.isComplete == true }
        let needed = plan.spanToFetch(reusing: reusable)
        if needed == nil, let cached = try? await cache.records(of: series, in: plan.pieces) {
            return try SpendLimitedFetcher.check(cached, of: self)
        }
        // Everything when the cache could not be read (a damaged file is replaced by an empty one).
        let span = needed ?? query.range
        let kept = plan.pieces.filter { !span.overlaps($0) }
        let cached = kept.isEmpty ? SpendStore() : (try? await cache.records(of: series, in: kept))
        var spanQuery = query
        spanQuery.range = cached == nil ? query.range : span
        let fetchedAt = now()
        let fetched = try await upstream.fetch(spanQuery, progress: progress)
        let settledBefore = SettledPeriods.openFrom(
            restatedMonths: ProviderProfile.of(provider).traits.restatedMonths, now: now())
        let contents = plan.contents(of: spanQuery.range, records: fetched, settledBefore: settledBefore)
        try? await cache.store(contents, of: series, fetchedAt: fetchedAt)
        guard let cached, !cached.isEmpty else { return try SpendLimitedFetcher.check(fetched, of: self) }
        // A provider billed by the month answers with whole months, which may include one whose
        // middle lies in a day served from the cache: that day already holds it. Stored records
        // are checked again: the cache file may have been changed since.
        var combined = cached
        let lowHigh = kept.map {
            (2 * SpendStore.millisecondsSince1970($0.start), 2 * SpendStore.millisecondsSince1970($0.end))
        }
        combined.append(
            contentsOf: fetched.subset(
                at: fetched.indices.filter { index in
                    let middle = fetched.starts[index] + fetched.ends[index]
                    return !lowHigh.contains { middle >= $0.0 && middle < $0.1 }
                }))
        return try SpendLimitedFetcher.check(combined, of: self)
    }

    func cachedSnapshot(_ query: FetchQuery) async -> CachedSnapshot? {
        guard mode != .refresh else { return nil }
        await adoptEarlierKeys()
        let plan = PiecePlan(range: query.range, zone: query.zone)
        let series = PieceSeries(account: accountKey, granularity: query.granularity, zone: query.zone)
        let stored = await storedPieces(of: series, for: query)
        let pieces = plan.pieces.compactMap { stored[PeriodKey($0)] }
        guard pieces.count == plan.pieces.count, let asOf = pieces.map(\.fetchedAt).min(),
            let records = try? await cache.records(of: series, in: plan.pieces),
            SpendLimit.exceeded(by: records) == nil
        else { return nil }
        let isFinal = mode == .offline || pieces.allSatisfy(\.isComplete)
        return CachedSnapshot(records: records, asOf: asOf, isFinal: isFinal)
    }

    /// Moves pieces stored under an earlier key to ``accountKey`` (a no-op once the key has any):
    /// a failure only means they stay where they are.
    private func adoptEarlierKeys() async {
        guard !earlierKeys.isEmpty else { return }
        _ = try? await cache.adopt(earlierKeys: earlierKeys, as: accountKey)
    }

    /// The stored pieces of the query's range by period; none when the cache cannot be read.
    private func storedPieces(of series: PieceSeries, for query: FetchQuery) async -> [PeriodKey: StoredPiece] {
        let pieces = (try? await cache.pieces(of: series, within: query.range)) ?? []
        return Dictionary(pieces.map { (PeriodKey($0.period), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every stored record of the plan, or an error naming the days never stored.
    private func offlineRecords(
        plan: PiecePlan, series: PieceSeries, stored: [PeriodKey: StoredPiece], query: FetchQuery,
        askAgain: Bool = true
    ) async throws(ProviderError) -> SpendStore {
        let missing = plan.pieces.filter { stored[PeriodKey($0)] == nil }
        guard missing.isEmpty else {
            throw offlineError("nothing cached for \(OfflineGaps.describe(missing, in: query.zone))")
        }
        let records: SpendStore
        do { records = try await cache.records(of: series, in: plan.pieces) } catch {
            guard askAgain else { throw offlineError(error.message) }
            // The file was replaced since its pieces were listed (found damaged, here or by
            // another account's read): the new cache holds what this run had read whole.
            let fresh = await storedPieces(of: series, for: query)
            return try await offlineRecords(plan: plan, series: series, stored: fresh, query: query, askAgain: false)
        }
        return try SpendLimitedFetcher.check(records, of: self)
    }

    private func offlineError(_ detail: String) -> ProviderError {
        ProviderError(
            provider: provider, account: name, endpoint: "", kind: .transport(.other("--offline: \(detail)")),
            advice: "Run once without --offline to fetch it")
    }
}

/// How fetches use the cache.
package enum CacheMode: Sendable {
    /// Closed periods from the cache, everything else from the provider; what is fetched is stored.
    case normal
    /// Only the cache: nothing is fetched, and a period never stored is an error.
    case offline
    /// Everything from the provider, overwriting what is stored.
    case refresh
}
