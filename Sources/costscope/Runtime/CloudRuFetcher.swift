import CostCore
import Providers

/// A Cloud.ru account behind ``CloudRuClient``.
struct CloudRuFetcher: AccountFetcher {
    let client: CloudRuClient

    var name: String { client.account.name }
    var provider: ProviderKind { .cloudru }

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        try await client.fetchStore(
            range: query.range, granularity: query.granularity, zone: query.zone, progress: progress)
    }
}
