import CostCore
import Providers

/// Fetches one configured account's records for a query.
protocol AccountFetcher: Sendable {
    /// The account name.
    var name: String { get }
    /// The provider.
    var provider: ProviderKind { get }
    /// Every record of the account in the query's range, reporting progress to `progress`.
    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore
}
