import CostCore
import Foundation
import GRDB
import Synchronization
import Testing

@testable import Cache

/// A cache file damaged after it was created (a bad disk, a copy cut short): found when a read
/// or write fails, moved aside with one note, and replaced by a fresh cache.
@Suite("Cache files damaged in the middle")
struct DamagedCacheTests {
    let series = PieceSeries(account: "name=a; provider=selectel", shape: "day@UTC")
    let dayTexts = (1...28).map { String(format: "2026-10-%02d", $0) }
    var days: [DateRange] { dayTexts.map(CacheFixtures.dayRange) }
    let movedAt = CacheFixtures.utc("2026-11-20", hours: 10)

    /// A cache of many pages in a new directory; its file is then overwritten with garbage from
    /// its middle page to the end: the schema and the piece table (the first pages) stay
    /// intact, so the file opens, and the later records are damaged.
    private func damagedCache() async throws -> String {
        let directory = CacheFixtures.temporaryDirectory()
        let cache = try CostCache.open(directory: directory, fileName: "cache.sqlite").cache
        let pieces = dayTexts.map { day in
            PieceContent(
                period: CacheFixtures.dayRange(day),
                records: (0..<200).map { CacheFixtures.cloudRu("k\($0)", day: day, amount: "\($0).25") },
                isComplete: true)
        }
        try await cache.store(pieces, of: series, fetchedAt: CacheFixtures.utc("2026-11-02"))
        var bytes = try #require(FileManager.default.contents(atPath: cache.path))
        let pages = bytes.count / 4096
        #expect(pages > 20, "the cache spans many pages")
        let offset = pages / 2 * 4096
        for index in offset..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 131 &+ 7) }
        try bytes.write(to: URL(fileURLWithPath: cache.path))
        return directory
    }

    /// A fresh cache in a new directory, and the notes it reports.
    private func cacheTakingNotes() throws -> (CostCache, ReportedNotes) {
        let notes = ReportedNotes()
        let cache = try CostCache.open(
            directory: CacheFixtures.temporaryDirectory(), fileName: "cache.sqlite", now: movedAt,
            report: { note in notes.lines.withLock { $0.append(note) } }
        ).cache
        return (cache, notes)
    }

    @Test func aReadThatFindsDamageMovesTheFileAsideReportsItOnceAndStartsAfresh() async throws {
        let directory = try await damagedCache()
        let notes = Mutex<[String]>([])
        let opening = try CostCache.open(
            directory: directory, fileName: "cache.sqlite", now: movedAt,
            report: { note in notes.withLock { $0.append(note) } })
        #expect(opening.notice == nil, "the header is intact: nothing is wrong yet")

        await #expect(throws: CacheError.self) { try await opening.cache.records(of: series, in: days) }
        let everything = DateRange(start: days[0].start, end: days[27].end)
        #expect(try await opening.cache.pieces(of: series, within: everything).isEmpty, "a fresh cache")

        let path = directory + "/cache.sqlite"
        let moved = path + ".corrupt-20261120T100000Z"
        // SQLite reports the damage itself when it lies in a page it must follow; garbage inside
        // a piece's columns fails their checksum and makes them unreadable.
        let reported = notes.withLock { $0 }
        #expect(reported.count == 1)
        #expect(
            reported.first?.hasPrefix("the cache file \(path) is damaged (SQLite: ") == true
                || reported.first?.hasPrefix(
                    "the cache file \(path) is damaged (a cached period's records are unreadable)") == true,
            "\(reported)")
        #expect(reported.first?.hasSuffix("); moved it to \(moved) and started a new cache") == true, "\(reported)")
        #expect(FileManager.default.fileExists(atPath: moved), "never deleted")
        await #expect(throws: CacheError.self, "the fresh cache holds nothing") {
            try await opening.cache.records(of: series, in: days)
        }
        let records = CacheFixtures.varied(day: "2026-10-05")
        try await opening.cache.store(
            [PieceContent(period: days[4], records: records, isComplete: true)], of: series,
            fetchedAt: CacheFixtures.utc("2026-11-02"))
        #expect(Array(try await opening.cache.records(of: series, in: [days[4]])) == records)
    }

    @Test(arguments: [0.1, 0.5, 0.9])
    func aByteChangedInsideAPiecesColumnsIsDamageNotOtherNumbers(at fraction: Double) async throws {
        let (cache, notes) = try cacheTakingNotes()
        let records = (0..<300).map { CacheFixtures.cloudRu("k\($0)", day: "2026-10-05", amount: "\($0).25") }
        try await cache.store(
            [PieceContent(period: days[4], records: records, isComplete: true)], of: series,
            fetchedAt: CacheFixtures.utc("2026-11-02"))
        // SQLite keeps the value's pages intact; only its bytes change, as a bad sector would.
        try await DatabaseQueue(path: cache.path).write { db in
            try db.execute(
                sql: """
                    UPDATE piece_columns SET data = CAST(
                        substr(data, 1, CAST(length(data) * ? AS INTEGER)) || X'A5'
                        || substr(data, CAST(length(data) * ? AS INTEGER) + 2) AS BLOB)
                    """, arguments: [fraction, fraction])
        }
        #expect(
            try await DatabaseQueue(path: cache.path).read { try String.fetchAll($0, sql: "PRAGMA quick_check") } == [
                "ok"
            ])

        do {
            let read = try await cache.records(of: series, in: [days[4]])
            Issue.record("damaged columns were read as \(read.count) records")
        } catch {
            #expect(error.replacedDamagedFile)
        }
        #expect(
            notes.lines.withLock { $0 } == [
                "the cache file \(cache.path) is damaged (a cached period's records are unreadable); moved it to \(cache.path).corrupt-20261120T100000Z and started a new cache"
            ])
    }

    /// A damaged index can lead a lookup to another piece's row, whose columns are whole: they
    /// are bound to the account, shape and period they were written for, so reading them for
    /// another piece is damage, never that piece's numbers counted for the wrong account.
    @Test func columnsFoundUnderAnotherPiecesRowAreDamageNotItsNumbers() async throws {
        let (cache, notes) = try cacheTakingNotes()
        let other = PieceSeries(account: "name=b; provider=selectel", shape: "day@UTC")
        for (account, amount) in [(series, "1.25"), (other, "700.5")] {
            let records = [CacheFixtures.cloudRu("k", day: "2026-10-05", amount: amount)]
            try await cache.store(
                [PieceContent(period: days[4], records: records, isComplete: true)], of: account,
                fetchedAt: CacheFixtures.utc("2026-11-02"))
        }
        try await DatabaseQueue(path: cache.path).write { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT piece_id FROM piece_columns ORDER BY piece_id")
            try db.execute(
                sql: """
                    UPDATE piece_columns SET data = (SELECT data FROM piece_columns AS o WHERE o.piece_id = ?)
                    WHERE piece_id = ?
                    """, arguments: [ids[1], ids[0]])
        }

        do {
            let read = try await cache.records(of: series, in: [days[4]])
            Issue.record("another piece's columns were read as \(Array(read))")
        } catch {
            #expect(error.replacedDamagedFile)
        }
        #expect(notes.lines.withLock { $0.first?.contains("a cached period's records are unreadable") } == true)
    }

    /// Blobs of the two earlier layouts ("CSC1" without a checksum, "CSC2" with one that does
    /// not name the piece) are bound to their piece when the file is opened, and read as before.
    @Test(arguments: ["CSC1", "CSC2"])
    func columnsOfAnEarlierLayoutAreReadAfterOpening(layout: String) async throws {
        let directory = CacheFixtures.temporaryDirectory()
        let records = CacheFixtures.varied(day: "2026-10-05")
        let cache = try CostCache.open(directory: directory, fileName: "cache.sqlite").cache
        try await cache.store(
            [PieceContent(period: days[4], records: records, isComplete: true)], of: series,
            fetchedAt: CacheFixtures.utc("2026-11-02"))
        try await DatabaseQueue(path: cache.path).write { db in
            let blob = try #require(try Data.fetchOne(db, sql: "SELECT data FROM piece_columns"))
            var earlier = Array(layout.utf8) + blob.dropFirst(4).dropLast(8)
            if layout == "CSC2" {
                let sum = earlier.withUnsafeBytes { PieceColumns.checksum(of: $0) }
                withUnsafeBytes(of: sum.littleEndian) { earlier.append(contentsOf: $0) }
            }
            try db.execute(sql: "UPDATE piece_columns SET data = ?", arguments: [Data(earlier)])
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%'")
        }

        let reopened = try CostCache.open(directory: directory, fileName: "cache.sqlite").cache
        #expect(Array(try await reopened.records(of: series, in: [days[4]])) == records)
        #expect(try await reopened.integrityProblems().isEmpty)
    }

    /// Pieces adopted from an account's earlier key are bound to the new key and read under it.
    @Test func piecesAdoptedFromAnEarlierKeyAreReadUnderTheNewOne() async throws {
        let directory = CacheFixtures.temporaryDirectory()
        let cache = try CostCache.open(directory: directory, fileName: "cache.sqlite").cache
        let earlier = PieceSeries(account: "name=a; endpoint=x; provider=selectel", shape: series.shape)
        let records = CacheFixtures.varied(day: "2026-10-05")
        try await cache.store(
            [PieceContent(period: days[4], records: records, isComplete: true)], of: earlier,
            fetchedAt: CacheFixtures.utc("2026-11-02"))

        #expect(try await cache.adopt(earlierKeys: [earlier.account], as: series.account) == 1)
        #expect(Array(try await cache.records(of: series, in: [days[4]])) == records)
        #expect(try await cache.pieces(of: earlier, within: days[4]).isEmpty)
        #expect(try await cache.integrityProblems().isEmpty)
    }

    @Test func whatThisRunStoredOrReadWholeIsCarriedIntoTheFreshCache() async throws {
        let directory = CacheFixtures.temporaryDirectory()
        let cache = try CostCache.open(directory: directory, fileName: "cache.sqlite", now: movedAt).cache
        let stored = dayTexts.map { day in
            PieceContent(
                period: CacheFixtures.dayRange(day), records: [CacheFixtures.cloudRu("k", day: day, amount: "1.5")],
                isComplete: true)
        }
        try await CostCache.open(directory: directory, fileName: "cache.sqlite").cache.store(
            stored, of: series, fetchedAt: CacheFixtures.utc("2026-11-02"))
        let other = PieceSeries(account: "name=b; provider=seeweb", shape: "day@UTC")
        let read = Array(days.prefix(3))
        let early = try await cache.records(of: series, in: read)
        let written = PieceContent(period: days[9], records: CacheFixtures.varied(day: "2026-10-10"), isComplete: false)
        try await cache.store([written], of: other, fetchedAt: CacheFixtures.utc("2026-10-10", hours: 12))

        try cache.replaceDamaged(cache.database, problem: "is damaged")

        #expect(Array(try await cache.records(of: series, in: read)) == Array(early), "read whole by this run")
        #expect(
            Array(try await cache.records(of: other, in: [days[9]])) == Array(written.records), "stored by this run")
        let otherPiece = try await cache.pieces(of: other, within: days[9])
        #expect(otherPiece.map(\.isComplete) == [false], "an open period stays open")
        #expect(otherPiece.map(\.fetchedAt) == [CacheFixtures.utc("2026-10-10", hours: 12)])
        await #expect(throws: CacheError.self, "never read in this run: fetched again") {
            try await cache.records(of: series, in: [days[27]])
        }
        #expect(FileManager.default.fileExists(atPath: directory + "/cache.sqlite.corrupt-20261120T100000Z"))
    }

    @Test func theErrorOfADamagedReadSaysSoWithoutSQL() async throws {
        let directory = try await damagedCache()
        let cache = try CostCache.open(directory: directory, fileName: "cache.sqlite", now: movedAt).cache
        do {
            _ = try await cache.records(of: series, in: days)
            Issue.record("a damaged file was read without an error")
        } catch {
            #expect(error.replacedDamagedFile)
            #expect(!error.message.contains("SELECT") && !error.message.contains("executing"), "\(error.message)")
        }
    }

    @Test func aWriteThatFindsDamageIsStoredInAFreshCache() async throws {
        let directory = try await damagedCache()
        let notes = Mutex<[String]>([])
        let cache = try CostCache.open(
            directory: directory, fileName: "cache.sqlite", now: movedAt,
            report: { note in notes.withLock { $0.append(note) } }
        ).cache
        // The last day's records are in the damaged pages, and are replaced by key.
        let records = (0..<40).map { CacheFixtures.cloudRu("k\($0)", day: "2026-10-28", amount: "\($0).5") }

        try await cache.store(
            [PieceContent(period: days[27], records: records, isComplete: true)], of: series,
            fetchedAt: CacheFixtures.utc("2026-11-02"))

        #expect(Array(try await cache.records(of: series, in: [days[27]])) == records)
        #expect(notes.withLock { $0.count } == 1)
        #expect(notes.withLock { $0.first?.contains("is damaged") } == true)
        #expect(FileManager.default.fileExists(atPath: directory + "/cache.sqlite.corrupt-20261120T100000Z"))
    }
}

/// The notes a cache reported.
private final class ReportedNotes: Sendable {
    let lines = Mutex<[String]>([])
}
