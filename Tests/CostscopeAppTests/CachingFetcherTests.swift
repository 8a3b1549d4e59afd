import Cache
import CostCore
import Foundation
import Providers
import Testing

@testable import CostscopeApp

@Suite struct CachingFetcherTests {
    /// 2026-10-25 to 2026-11-04: the last week of October and the first days of November.
    private let range = AppFixtures.days(10, from: AppFixtures.november.addingTimeInterval(-7 * AppFixtures.day))
    /// In December: every day of the range is settled.
    private let later = AppFixtures.november.addingTimeInterval(35 * AppFixtures.day)
    /// 2026-11-20: November is still open, October is settled (Selectel does not restate).
    private let midNovember = AppFixtures.november.addingTimeInterval(19 * AppFixtures.day)

    private func openCache() throws -> (CostCache, String) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("costscope-app-tests-\(UUID().uuidString)").path
        return (
            try CostCache.open(directory: directory, fileName: "cache.sqlite", now: AppFixtures.november).cache,
            directory
        )
    }

    private func fetcher(_ upstream: RecordedSource, _ cache: CostCache, _ mode: CacheMode, now: Date)
        -> CachingFetcher
    {
        CachingFetcher(upstream: upstream, cache: cache, accountKey: "selectel:main", mode: mode, now: { now })
    }

    private func query() -> FetchQuery {
        FetchQuery(accounts: ["main"], range: range, granularity: .day, zone: AppFixtures.utc)
    }

    private func records() -> [CostRecord] {
        AppFixtures.daily(account: "main", object: "vm", over: range, amount: "3.10", spike: (7, "9.99"))
    }

    @Test func closedDaysAreReadFromTheCacheAndNeverFetchedAgain() async throws {
        let (cache, directory) = try openCache()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = RecordedSource(name: "main", records: records())
        let fetched = try await fetcher(first, cache, .normal, now: later).fetch(query(), progress: nil)
        #expect(first.queries.count == 1)

        let second = RecordedSource(name: "main", records: [])
        let cached = try await fetcher(second, cache, .normal, now: later).fetch(query(), progress: nil)
        #expect(second.queries.isEmpty)
        #expect(Array(cached).map(\.amount) == Array(fetched).map(\.amount))
        #expect(MoneyTotals(Array(cached).map(\.amount))[.rub].amount == Amount("51.67"))
    }

    @Test func theOpenMonthIsFetchedAgainWhileSettledDaysComeFromTheCache() async throws {
        let (cache, directory) = try openCache()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try await fetcher(RecordedSource(name: "main", records: records()), cache, .normal, now: midNovember)
            .fetch(query(), progress: nil)

        let again = RecordedSource(name: "main", records: records())
        let result = try await fetcher(again, cache, .normal, now: midNovember).fetch(query(), progress: nil)
        #expect(again.queries == [DateRange(start: AppFixtures.november, end: range.end)])
        #expect(result.count == 10)
        #expect(MoneyTotals(Array(result).map(\.amount))[.rub].amount == Amount("51.67"))
    }

    @Test func offlineWithNothingStoredFailsAndRefreshAsksTheProviderAgain() async throws {
        let (cache, directory) = try openCache()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let offline = RecordedSource(name: "main", records: records())
        await #expect(throws: ProviderError.self) {
            _ = try await fetcher(offline, cache, .offline, now: later).fetch(query(), progress: nil)
        }
        #expect(offline.queries.isEmpty)

        _ = try await fetcher(RecordedSource(name: "main", records: records()), cache, .normal, now: later)
            .fetch(query(), progress: nil)
        let refreshed = RecordedSource(name: "main", records: records())
        _ = try await fetcher(refreshed, cache, .refresh, now: later).fetch(query(), progress: nil)
        #expect(refreshed.queries.count == 1)
    }
}
