import Cache
import CostCore
import Foundation
import GRDB
import Synchronization
import Testing

/// Cache files written before pieces were stored as columns: one `record` row per record.
@Suite("Cache files with record rows")
struct RecordRowsMigrationTests {
    let series = PieceSeries(account: "name=прод; provider=selectel", shape: "day@UTC")
    let day = CacheFixtures.dayRange("2026-10-05")
    let movedAt = CacheFixtures.utc("2026-11-20", hours: 10)

    /// A file as the schema with record rows left it: one closed piece of `day` holding `rows`
    /// (values for provider, account, project_id, project_name, object_id, object_name,
    /// object_parent_id, metric_id, region, service, period_start_ms, period_end_ms, amount,
    /// currency, quantity, unit, native).
    private func oldFile(rows: [[(any DatabaseValueConvertible)?]]) throws -> String {
        let directory = CacheFixtures.temporaryDirectory()
        let database = try DatabaseQueue(path: directory + "/cache.sqlite")
        try database.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1: pieces and records'), ('v2: records by piece in stored order');
                    CREATE TABLE piece (
                        id INTEGER PRIMARY KEY, account TEXT NOT NULL, shape TEXT NOT NULL,
                        start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, fetched_at_ms INTEGER NOT NULL,
                        complete INTEGER NOT NULL, record_count INTEGER NOT NULL, generation INTEGER NOT NULL,
                        UNIQUE (account, shape, start_ms, end_ms)
                    ) STRICT;
                    CREATE TABLE record (
                        id INTEGER PRIMARY KEY,
                        piece_id INTEGER NOT NULL REFERENCES piece(id) ON DELETE CASCADE,
                        generation INTEGER NOT NULL, row_key TEXT, provider TEXT NOT NULL, account TEXT NOT NULL,
                        project_id TEXT, project_name TEXT, object_id TEXT, object_name TEXT, object_type TEXT,
                        object_parent_id TEXT, object_parent_name TEXT, metric_id TEXT, metric_name TEXT,
                        region TEXT, service TEXT, period_start_ms INTEGER NOT NULL, period_end_ms INTEGER NOT NULL,
                        amount TEXT NOT NULL, currency TEXT NOT NULL, quantity TEXT, unit TEXT, native TEXT,
                        UNIQUE (piece_id, row_key)
                    ) STRICT;
                    CREATE INDEX record_by_piece ON record (piece_id);
                    PRAGMA application_id = 1131369332;
                    """)
            try db.execute(
                sql: "INSERT INTO piece VALUES (1, ?, ?, ?, ?, ?, 1, ?, 1)",
                arguments: [
                    series.account, series.shape, ms(day.start), ms(day.end), ms(CacheFixtures.utc("2026-10-06")),
                    rows.count,
                ])
            for row in rows {
                try db.execute(
                    sql: """
                        INSERT INTO record (piece_id, generation, provider, account, project_id, project_name,
                            object_id, object_name, object_parent_id, metric_id, region, service,
                            period_start_ms, period_end_ms, amount, currency, quantity, unit, native)
                        VALUES (1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments(row))
            }
        }
        try database.close()
        return directory
    }

    private func ms(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    @Test func recordRowsAreConvertedToColumnsWhenTheFileIsOpened() async throws {
        let start = ms(CacheFixtures.utc("2026-10-05", hours: 3))
        let directory = try oldFile(rows: [
            [
                "selectel", "прод", "p-1", "Бухгалтерия", "o-1", "диск", "vm-1", "m-1", "ru-1", "vpc", start + 250,
                start + 3_600_500, "1234.567890123456", "RUB", "0.000000000001", "ГБ",
                "amount_with_vat\u{1F}1.2\u{1E}note\u{1F}a\\rb\u{1E}",
            ],
            [
                "selectel", "прод", nil, nil, nil, nil, nil, nil, nil, nil, start, start + 3_600_000,
                "-99999999999999999999.999999999999", "EUR", nil, nil, nil,
            ],
        ])
        let notes = Mutex<[String]>([])
        let opening = try CostCache.open(
            directory: directory, fileName: "cache.sqlite", now: movedAt,
            report: { note in notes.withLock { $0.append(note) } })
        #expect(opening.notice == nil)
        let read = Array(try await opening.cache.records(of: series, in: [day]))
        let base = CacheFixtures.utc("2026-10-05", hours: 3)
        #expect(
            read == [
                CostRecord(
                    provider: .selectel, account: "прод", project: EntityRef(id: "p-1", name: "Бухгалтерия"),
                    object: ObjectRef(id: "o-1", name: "диск", parentID: "vm-1"), metric: EntityRef(id: "m-1"),
                    region: "ru-1", service: "vpc",
                    period: DateRange(start: base.addingTimeInterval(0.25), end: base.addingTimeInterval(3_600.5)),
                    amount: Money(Amount("1234.567890123456")!, .rub), quantity: Amount("0.000000000001"), unit: "ГБ",
                    native: ["amount_with_vat": "1.2", "note": "a\u{1E}b"]),
                CostRecord(
                    provider: .selectel, account: "прод",
                    period: DateRange(start: base, end: base.addingTimeInterval(3_600)),
                    amount: Money(Amount("-99999999999999999999.999999999999")!, .eur)),
            ])
        let pieces = try await opening.cache.pieces(of: series, within: day)
        #expect(pieces.map(\.isComplete) == [true], "a closed period stays closed: it is not fetched again")
        #expect(try await opening.cache.integrityProblems().isEmpty)
        let tables = try await DatabaseQueue(path: opening.cache.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(!tables.contains("record"))
        #expect(notes.withLock { $0 }.isEmpty)
    }

    @Test func aFileThatCannotBeConvertedIsMovedAsideWithANote() async throws {
        let start = ms(CacheFixtures.utc("2026-10-05", hours: 3))
        let directory = try oldFile(rows: [
            [
                "nimbus", "прод", nil, nil, nil, nil, nil, nil, nil, nil, start, start + 3_600_000, "1", "RUB", nil,
                nil, nil,
            ]
        ])
        let opening = try CostCache.open(directory: directory, fileName: "cache.sqlite", now: movedAt)
        let path = directory + "/cache.sqlite"
        let moved = path + ".corrupt-20261120T100000Z"
        #expect(
            opening.notice
                == "the cache file \(path) was written by an earlier costscope and could not be converted "
                + "(a cached record names an unknown provider 'nimbus'); moved it to \(moved) and started a new cache")
        #expect(FileManager.default.fileExists(atPath: moved), "never deleted")
        #expect(try await opening.cache.pieces(of: series, within: day).isEmpty)
        let records = CacheFixtures.varied(day: "2026-10-05")
        try await opening.cache.store(
            [PieceContent(period: day, records: records, isComplete: true)], of: series, fetchedAt: day.end)
        #expect(Array(try await opening.cache.records(of: series, in: [day])) == records)
    }
}
