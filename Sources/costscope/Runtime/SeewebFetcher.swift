import CostCore
import Providers

/// A Seeweb ECS account behind ``SeewebClient``.
struct SeewebFetcher: AccountFetcher {
    let client: SeewebClient

    var name: String { client.account.name }
    var provider: ProviderKind { .seeweb }

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        try await client.fetchStore(
            range: query.range, granularity: query.granularity, zone: query.zone, progress: progress)
    }
}
