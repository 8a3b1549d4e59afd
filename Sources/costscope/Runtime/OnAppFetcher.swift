import CostCore
import Providers

/// An OnApp user behind ``OnAppClient``.
struct OnAppFetcher: AccountFetcher {
    let client: OnAppClient

    var name: String { client.account.name }
    var provider: ProviderKind { .onapp }

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        try await client.fetchStore(
            range: query.range, granularity: query.granularity, zone: query.zone, progress: progress)
    }
}
