import Cache
import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// Fills a cache directory with a generated quarter of Cloud.ru records, as `costscope` would
/// have stored them after fetching the account named in ``CacheStartFixture``'s config file:
/// one complete piece per UTC day, through the Cache module's public API. Runs in a child
/// process (`--case seed-cache`) so the records never weigh on the parent's timings.
///
/// The explorer fetches the previous period of the same length too (for Δ); the generated
/// account has no spend then, so those days are stored as empty pieces.
enum CacheSeedCase {
    /// What the explorer asks the cache for when it opens on the generated quarter: the quarter
    /// and the period before it, in UTC days.
    static var fetchRange: DateRange {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 200, height: 50), now: ExploreFixture.now, zone: .gmt, accounts: [])
        _ = state.open(range: CloudRuBenchDataset.quarter, preset: nil, dimension: .project, granularity: .day)
        return state.fetchRange
    }

    /// Reads `rows` generated rows through the Cloud.ru client, checks them, stores them in
    /// `directory` and reports how long the store took.
    static func run(rows: Int, directory: String, port: Int) async throws {
        let dataset = CloudRuBenchDataset(targetRows: rows)
        let ingest = CloudRuIngest(dataset: dataset)
        let records = try await ingest.fetch(through: CloudRuBenchTransport(dataset: dataset))
        try ingest.verify(records)
        let span = fetchRange
        let plan = PiecePlan(range: span, zone: .gmt)
        let pieces = plan.contents(of: span, records: records, settledBefore: span.end)
        guard pieces.reduce(0, { $0 + $1.records.count }) == records.count else {
            throw BenchFailure("a generated record lies outside the quarter")
        }
        let opening: CacheOpening
        do {
            opening = try CostCache.open(directory: directory, fileName: CacheLocation.accountsFileName)
        } catch {
            throw BenchFailure("cannot open the bench cache in \(directory): \(error.message)")
        }
        let series = PieceSeries(
            account: CacheStartFixture.cacheKey(port: port), granularity: .day, zone: .gmt)
        let start = BenchClock.nanoseconds()
        do {
            try await opening.cache.store(pieces, of: series, fetchedAt: ExploreFixture.now)
        } catch {
            throw BenchFailure("cannot seed the bench cache: \(error.message)")
        }
        let seconds = Double(BenchClock.nanoseconds() - start) / 1e9
        CaseOutput.note(
            "start: seeded the cache with \(SizeLabel.grouped(Double(records.count))) records in "
                + String(format: "%.1f s", seconds) + " (untimed)")
    }
}
