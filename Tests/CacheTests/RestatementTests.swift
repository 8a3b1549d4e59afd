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
        let idBefore = try rowID(of: "row-a", in: cache)

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
        #expect(try rowID(of: "row-a", in: cache) == idBefore, "the restated row is updated in place")
        let pieces = try await cache.pieces(of: series, within: day)
        #expect(pieces.map(\.recordCount) == [2])
        #expect(pieces.map(\.fetchedAt) == [CacheFixtures.utc("2026-11-05")])
        #expect(try await cache.integrityProblems().isEmpty)
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
        #expect(try await cache.records(of: series, in: [day]) == [plain])
        #expect(try await cache.pieces(of: series, within: day).map(\.isComplete) == [true])
    }

    @Test func theIntegrityCheckNoticesAMissingRecord() async throws {
        let cache = try CacheFixtures.freshCache()
        try await cache.store(
            [PieceContent(period: day, records: CacheFixtures.varied(day: "2026-11-03"), isComplete: true)],
            of: series, fetchedAt: day.end)
        let database = try DatabaseQueue(path: cache.path)
        try await database.write { try $0.execute(sql: "DELETE FROM record WHERE id = (SELECT MIN(id) FROM record)") }
        let problems = try await cache.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.contains("3 records expected, 2 stored") == true, "\(problems)")
    }

    private func rowID(of key: String, in cache: CostCache) throws -> Int64? {
        try DatabaseQueue(path: cache.path).read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM record WHERE row_key = ?", arguments: [key])
        }
    }
}
