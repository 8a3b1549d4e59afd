import Cache
import CostCore
import Foundation
import GRDB
import Testing

@Suite("Cache restatements")
struct RestatementTests {
    let series = PieceSeries(account: "name=облако; provider=cloudru", shape: "day@UTC")
    let day = CacheFixtures.dayRange("2026-11-03")

    @Test func aRestatedRowReplacesTheOldOneInsteadOfAddingASecond() async throws {
        let cache = try CacheFixtures.freshCache()
        try await cache.store(
            [
                PieceContent(
                    period: day,
                    records: [
                        CacheFixtures.cloudRu("row-a", day: "2026-11-03", amount: "10.5"),
                        CacheFixtures.cloudRu("row-b", day: "2026-11-03", amount: "3"),
                    ], isComplete: false)
            ], of: series, fetchedAt: CacheFixtures.utc("2026-11-04"))

        let restated = [
            CacheFixtures.cloudRu("row-a", day: "2026-11-03", amount: "12.75"),
            CacheFixtures.cloudRu("row-c", day: "2026-11-03", amount: "1"),
        ]
        try await cache.store(
            [PieceContent(period: day, records: restated, isComplete: false)], of: series,
            fetchedAt: CacheFixtures.utc("2026-11-05"))

        let read = try await cache.records(of: series, in: [day])
        #expect(Set(read) == Set(restated), "row-b was deleted upstream; row-a restated; row-c added")
        #expect(read.count == 2)
        let pieces = try await cache.pieces(of: series, within: day)
        #expect(pieces.map(\.recordCount) == [2])
        #expect(pieces.map(\.fetchedAt) == [CacheFixtures.utc("2026-11-05")])
        #expect(try await cache.integrityProblems().isEmpty)
    }

    @Test func aRowAnsweredTwiceIsKeptOnceAsItsLastAnswer() async throws {
        let cache = try CacheFixtures.freshCache()
        let answered = [
            CacheFixtures.cloudRu("row-a", day: "2026-11-03", amount: "1"),
            CacheFixtures.cloudRu("row-b", day: "2026-11-03", amount: "2"),
            CacheFixtures.cloudRu("row-a", day: "2026-11-03", amount: "3"),
        ]
        try await cache.store(
            [PieceContent(period: day, records: answered, isComplete: true)], of: series, fetchedAt: day.end)
        #expect(Array(try await cache.records(of: series, in: [day])) == [answered[2], answered[1]])
        #expect(try await cache.pieces(of: series, within: day).map(\.recordCount) == [2])
    }

    @Test func rowsWithoutAKeyAreReplacedWholesale() async throws {
        let cache = try CacheFixtures.freshCache()
        var plain = CacheFixtures.cloudRu("x", day: "2026-11-03", amount: "5")
        plain.native = [:]
        try await cache.store(
            [PieceContent(period: day, records: [plain, plain], isComplete: false)], of: series, fetchedAt: day.end)
        plain.amount = Money(Amount("6")!, .rub)
        try await cache.store(
            [PieceContent(period: day, records: [plain], isComplete: true)], of: series, fetchedAt: day.end)
        #expect(Array(try await cache.records(of: series, in: [day])) == [plain])
        #expect(try await cache.pieces(of: series, within: day).map(\.isComplete) == [true])
    }

    @Test func theIntegrityCheckNoticesAMissingRecord() async throws {
        let cache = try CacheFixtures.freshCache()
        try await cache.store(
            [PieceContent(period: day, records: CacheFixtures.varied(day: "2026-11-03"), isComplete: true)],
            of: series, fetchedAt: day.end)
        let database = try DatabaseQueue(path: cache.path)
        try await database.write { try $0.execute(sql: "UPDATE piece SET record_count = 4") }
        let problems = try await cache.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("4 records expected, 3 stored") == true, "\(problems)")
    }

    @Test func theIntegrityCheckNoticesCutColumns() async throws {
        let cache = try CacheFixtures.freshCache()
        try await cache.store(
            [PieceContent(period: day, records: CacheFixtures.varied(day: "2026-11-03"), isComplete: true)],
            of: series, fetchedAt: day.end)
        let database = try DatabaseQueue(path: cache.path)
        try await database.write {
            try $0.execute(sql: "UPDATE piece_columns SET data = substr(data, 1, length(data) - 16)")
        }
        let problems = try await cache.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("records are unreadable") == true, "\(problems)")
        await #expect(throws: CacheError.self) { try await cache.records(of: series, in: [day]) }
    }
}
