import Cache
import CostCore
import Foundation
import Testing

@Suite("Cache round trip")
struct CostCacheRoundTripTests {
    let series = PieceSeries(account: "name=прод; provider=selectel", shape: "day@UTC")

    @Test func recordsComeBackExactlyAsStored() async throws {
        let cache = try CacheFixtures.freshCache()
        let first = CacheFixtures.varied(day: "2026-10-05")
        let second = CacheFixtures.varied(day: "2026-10-06")
        try await cache.store(
            [
                PieceContent(period: CacheFixtures.dayRange("2026-10-05"), records: first, isComplete: true),
                PieceContent(period: CacheFixtures.dayRange("2026-10-06"), records: second, isComplete: false),
            ], of: series, fetchedAt: CacheFixtures.utc("2026-11-20", hours: 10))
        let read = try await cache.records(
            of: series, in: [CacheFixtures.dayRange("2026-10-05"), CacheFixtures.dayRange("2026-10-06")])
        #expect(Array(read) == first + second)
        #expect(read[0].amount.amount.description == "1234.567890123456")
        #expect(read[0].object?.name == "диск «основной»")
        #expect(read[0].native["note"] == "a\u{1E}b\u{1F}c\\d")
    }

    @Test func piecesTellWhenTheyWereFetchedAndWhetherTheyAreFinal() async throws {
        let cache = try CacheFixtures.freshCache()
        let fetchedAt = CacheFixtures.utc("2026-11-20", hours: 10).addingTimeInterval(0.25)
        try await cache.store(
            [
                PieceContent(period: CacheFixtures.dayRange("2026-10-05"), records: [], isComplete: true),
                PieceContent(
                    period: CacheFixtures.dayRange("2026-11-19"), records: CacheFixtures.varied(day: "2026-11-19"),
                    isComplete: false),
            ], of: series, fetchedAt: fetchedAt)
        let pieces = try await cache.pieces(
            of: series, within: DateRange(start: CacheFixtures.utc("2026-10-01"), end: CacheFixtures.utc("2026-11-21")))
        #expect(
            pieces == [
                StoredPiece(
                    period: CacheFixtures.dayRange("2026-10-05"), fetchedAt: fetchedAt, isComplete: true, recordCount: 0
                ),
                StoredPiece(
                    period: CacheFixtures.dayRange("2026-11-19"), fetchedAt: fetchedAt, isComplete: false,
                    recordCount: 3),
            ])
        let otherShape = PieceSeries(account: series.account, shape: "hour@UTC")
        #expect(try await cache.pieces(of: otherShape, within: pieces[0].period).isEmpty)
        #expect(try await cache.integrityProblems().isEmpty)
    }

    @Test func aPeriodThatIsNotStoredIsAnErrorNotNoRecords() async throws {
        let cache = try CacheFixtures.freshCache()
        try await cache.store(
            [
                PieceContent(
                    period: CacheFixtures.dayRange("2026-10-05"), records: CacheFixtures.varied(day: "2026-10-05"),
                    isComplete: true)
            ], of: series, fetchedAt: CacheFixtures.utc("2026-10-06"))
        // Read as no records, a period that is not stored would be money silently lost.
        await #expect(throws: CacheError.self) {
            try await cache.records(of: series, in: [CacheFixtures.dayRange("2026-10-06")])
        }
        let partial = DateRange(start: CacheFixtures.utc("2026-10-05"), end: CacheFixtures.utc("2026-10-05", hours: 12))
        do {
            _ = try await cache.records(of: series, in: [partial])
            Issue.record("a period that is not stored was read")
        } catch {
            #expect(error.message.hasSuffix("is no longer stored"), "\(error.message)")
            #expect(!error.message.contains("SELECT"), "\(error.message)")
        }
    }
}
