import CostCore
import Foundation
import Providers

/// An ``SpendSource`` with a limit on the whole fetch, so no server — however slowly it
/// answers, however many requests it makes us send — holds a command for ever; and a note to
/// the terminal when the fetch takes longer than a moment.
struct TimeLimitedFetcher: SpendSource {
    package let upstream: any SpendSource
    package let limit: Duration
    let patience: Duration
    package let status: TerminalStatus?

    package var name: String { upstream.name }
    package var provider: ProviderKind { upstream.provider }

    package func fetch(_ query: FetchQuery, progress: FetchProgressHandler?) async throws(ProviderError) -> SpendStore {
        let upstream = upstream
        let expired = ProviderError(provider: provider, account: name, endpoint: "", kind: .fetchTimeLimit(limit))
        let note: Task<Void, Never>? = status.map { status in
            Task { [patience, name] in
                guard (try? await Task.sleep(for: patience)) != nil else { return }
                status.waiting(for: name)
            }
        }
        defer { note?.cancel() }
        do {
            return try await TimeLimit.race(limit, expired: expired) {
                try await upstream.fetch(query, progress: progress)
            }
        } catch let error as ProviderError {
            throw error
        } catch {
            throw ProviderError(provider: provider, account: name, endpoint: "", kind: .transport(.cancelled))
        }
    }
}
