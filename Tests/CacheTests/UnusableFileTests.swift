import Cache
import CostCore
import Foundation
import GRDB
import Testing

@Suite("Cache files that cannot be used")
struct UnusableFileTests {
    let series = PieceSeries(account: "name=a; provider=selectel", shape: "day@UTC")
    let movedAt = CacheFixtures.utc("2026-11-20", hours: 10)

    @Test func garbageIsMovedAsideWithAPreciseMessageAndAFreshCacheWorks() async throws {
        let directory = CacheFixtures.temporaryDirectory()
        let path = directory + "/cache.sqlite"
        let garbage = Data("this is not a database at all, just some text\n".utf8)
        try garbage.write(to: URL(fileURLWithPath: path))

        let opening = try CostCache.open(directory: directory, fileName: "cache.sqlite", now: movedAt)

        let moved = path + ".corrupt-20261120T100000Z"
        let notice = try #require(opening.notice)
        #expect(notice.contains("\(path) is not a SQLite database"), "\(notice)")
        #expect(notice.contains("74 68 69 73"), "the first bytes are named: \(notice)")
        #expect(notice.contains("moved it to \(moved)"), "\(notice)")
        #expect(FileManager.default.contents(atPath: moved) == garbage, "never deleted")
        try await assertWorks(opening.cache)
    }

    @Test func aForeignSQLiteDatabaseIsMovedAsideNotUsed() async throws {
        let directory = CacheFixtures.temporaryDirectory()
        let path = directory + "/cache.sqlite"
        let foreign = try DatabaseQueue(path: path)
        try await foreign.write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)") }
        try foreign.close()

        let opening = try CostCache.open(directory: directory, fileName: "cache.sqlite", now: movedAt)

        let notice = try #require(opening.notice)
        #expect(
            notice.contains("is a SQLite database of another program (application_id 0, tables: notes)"), "\(notice)")
        let moved = path + ".corrupt-20261120T100000Z"
        let tables = try await DatabaseQueue(path: moved).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master")
        }
        #expect(tables == ["notes"], "the foreign file is kept intact")
        try await assertWorks(opening.cache)
    }

    @Test func aDamagedDatabaseIsMovedAside() async throws {
        let directory = CacheFixtures.temporaryDirectory()
        let first = try CostCache.open(directory: directory, fileName: "cache.sqlite").cache
        try await assertWorks(first)
        let path = first.path
        var bytes = try #require(FileManager.default.contents(atPath: path))
        for index in 16..<min(bytes.count, 4096) { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))

        let opening = try CostCache.open(directory: directory, fileName: "cache.sqlite", now: movedAt)

        let notice = try #require(opening.notice)
        #expect(notice.contains("\(path) is damaged (SQLite:"), "\(notice)")
        try await assertWorks(opening.cache)
    }

    @Test func anEmptyFileAndOurOwnFileOpenWithoutANotice() async throws {
        let directory = CacheFixtures.temporaryDirectory()
        _ = FileManager.default.createFile(atPath: directory + "/cache.sqlite", contents: Data())
        let empty = try CostCache.open(directory: directory, fileName: "cache.sqlite")
        #expect(empty.notice == nil)
        try await assertWorks(empty.cache)
        let again = try CostCache.open(directory: directory, fileName: "cache.sqlite")
        #expect(again.notice == nil)
        #expect(try await again.cache.records(of: series, in: [CacheFixtures.dayRange("2026-10-05")]).count == 3)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: directory)
        #expect(!siblings.contains { $0.contains("corrupt") }, "\(siblings)")
    }

    private func assertWorks(_ cache: CostCache) async throws {
        let day = CacheFixtures.dayRange("2026-10-05")
        let records = CacheFixtures.varied(day: "2026-10-05")
        try await cache.store(
            [PieceContent(period: day, records: records, isComplete: true)], of: series, fetchedAt: day.end)
        #expect(Array(try await cache.records(of: series, in: [day])) == records)
    }
}
