import CostCore
import Providers

extension EffectRunner {
    /// Posts what the cache holds for `query` when `fetcher` is backed by one, so the
    /// explorer shows data before any network answer. Returns true when that is the final
    /// answer (every period closed, or `--offline`) and nothing needs fetching.
    static func postCachedSnapshot(
        of fetcher: any SpendSource, for query: FetchQuery, requestID: Int, to inbox: ActionInbox
    ) async -> Bool {
        guard let source = fetcher as? any CachedSnapshotSource, let snapshot = await source.cachedSnapshot(query),
            !Task.isCancelled
        else { return false }
        inbox.post(
            .cachedRecordsLoaded(
                requestID: requestID, account: fetcher.name, records: snapshot.records, asOf: snapshot.asOf,
                refreshing: !snapshot.isFinal))
        return snapshot.isFinal
    }
}
