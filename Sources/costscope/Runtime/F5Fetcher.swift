import CostCore
import Providers

/// An F5 Distributed Cloud tenant behind ``F5Client``.
struct F5Fetcher: AccountFetcher {
    let client: F5Client

    var name: String { client.account.name }
    var provider: ProviderKind { .f5xc }

    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        try await client.fetchStore(
            range: query.range, granularity: query.granularity, zone: query.zone, progress: progress)
    }
}
