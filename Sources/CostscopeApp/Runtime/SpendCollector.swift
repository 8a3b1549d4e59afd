import CostCore
import Providers

/// Fetches several accounts at once for scripts: one account's failure never hides the others.
package enum SpendCollector {
    /// Records from every fetcher, and a message per account that failed.
    package static func collect(_ fetchers: [any SpendSource], query: FetchQuery) async -> (
        records: SpendStore, failures: [String]
    ) {
        await withTaskGroup(of: Result<SpendStore, FetchFailure>.self) { group in
            for fetcher in fetchers {
                group.addTask {
                    do { return .success(try await fetcher.fetch(query, progress: nil)) } catch {
                        return .failure(
                            FetchFailure(message: ErrorText.of(error)))
                    }
                }
            }
            var records = SpendStore()
            var failures: [String] = []
            for await result in group {
                switch result {
                case .success(let fetched): records.append(contentsOf: fetched)
                case .failure(let failure): failures.append(failure.message)
                }
            }
            return (records, failures.sorted())
        }
    }
}

/// Why one account could not be fetched.
struct FetchFailure: Error {
    package let message: String
}
