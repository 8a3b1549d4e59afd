import CostCore
import Explorer
import Providers

/// Fetches one configured account's records for a query.
protocol AccountFetcher: Sendable {
    /// The account name.
    var name: String { get }
    /// The provider.
    var provider: ProviderKind { get }
    /// Every record of the account in the query's range.
    func fetch(_ query: FetchQuery) async throws(ProviderError) -> [CostRecord]
}

/// A Selectel account behind ``SelectelClient``.
struct SelectelFetcher: AccountFetcher {
    let client: SelectelClient

    var name: String { client.account.name }
    var provider: ProviderKind { .selectel }

    func fetch(_ query: FetchQuery) async throws(ProviderError) -> [CostRecord] {
        try await client.fetchSpend(range: query.range, granularity: query.granularity, zone: query.zone)
    }
}
