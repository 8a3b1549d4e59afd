import CostCore
import Providers

/// An ``SpendSource`` whose records are refused when they add up beyond ``SpendLimit``, so
/// that a hostile or broken answer can never make a later sum overflow: the account fails with
/// a message and every other account is still shown.
struct SpendLimitedFetcher: SpendSource {
    package let upstream: any SpendSource

    package var name: String { upstream.name }
    package var provider: ProviderKind { upstream.provider }

    package func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        try Self.check(try await upstream.fetch(query, progress: progress), of: upstream)
    }

    /// `records`, or an error naming the account and the currency whose amounts are too large.
    package static func check(_ records: SpendStore, of fetcher: any SpendSource) throws(ProviderError) -> SpendStore {
        guard let currency = SpendLimit.exceeded(by: records) else { return records }
        throw ProviderError(
            provider: fetcher.provider, account: fetcher.name, endpoint: "",
            kind: .malformedResponse(
                "the amounts in \(currency.code) add up to more than 10^22 \(currency.code), beyond any real bill"),
            advice: "Check the amounts this account's API returns")
    }
}
