import CostCore
import Providers

/// A Selectel account behind ``SelectelClient``.
struct SelectelFetcher: AccountFetcher {
    let client: SelectelClient

    var name: String { client.account.name }
    var provider: ProviderKind { .selectel }

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        try await client.fetchStore(
            range: query.range, granularity: query.granularity, zone: query.zone, progress: progress)
    }
}
