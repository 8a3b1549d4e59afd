import CostCore
import Foundation

/// An account's spend for a query: what every provider's client gives, and what every layer in
/// front of one (the cache, the time and spend limits) gives again, so the commands and the
/// explorer ask all of them the same way.
public protocol SpendSource: Sendable {
    /// The account name.
    var name: String { get }
    var provider: ProviderKind { get }
    /// Every record of the account in the query's range, reporting progress to `progress`.
    func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore
}

extension SpendSource {
    /// The records of `range` as ``CostRecord`` views, in the order fetched: what tests compare.
    public func fetchSpend(
        range: DateRange, granularity: Granularity, zone: TimeZone, progress: FetchProgressHandler? = nil
    ) async throws(ProviderError) -> [CostRecord] {
        let query = FetchQuery(accounts: [name], range: range, granularity: granularity, zone: zone)
        return Array(try await fetch(query, progress: progress))
    }
}
