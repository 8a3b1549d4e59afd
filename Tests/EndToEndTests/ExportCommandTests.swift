import CostCore
import Foundation
import Simulator
import Testing

/// `costscope export` against the simulator's ground truth: every record written, amounts exact.
@Suite("costscope export")
struct ExportCommandTests {
    static let nowText = "2026-11-20T12:00:00Z"
    let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let seed: UInt64 = 42

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costscope-export-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func csvFileHoldsEveryRecordAndSumsToTheTruth() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("spend.csv")
        let result = try Binary.run([
            "export", "--demo", "--account", "cloudru-demo", "--seed", String(seed), "--now", Self.nowText, "--range",
            "last-7-days", "--tz", "UTC", "--format", "csv", "--output", file.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("records to \(file.path)"), "\(result.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        let amountColumn = try #require(header.firstIndex(of: "amount"))
        let currencyColumn = try #require(header.firstIndex(of: "currency"))
        var total = Amount.zero
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            // Names in the demo hold no commas or quotes, so a plain split reads the cells.
            #expect(cells.count == header.count, "\(line)")
            #expect(cells[currencyColumn] == "RUB")
            total += try #require(Amount(cells[amountColumn]))
        }
        let range = DatePreset.last7Days.range(now: now, in: TimeZone(identifier: "UTC")!)
        #expect(total == CloudRuDataset(seed: seed, now: now).totalAmountWithVAT(from: range.start, to: range.end))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["spend.csv"])
    }

    @Test func jsonToStandardOutputHasTheSameRecordsAsCSV() throws {
        let common = [
            "export", "--demo", "--account", "selectel-demo", "--seed", String(seed), "--now", Self.nowText,
            "--range", "yesterday", "--tz", "UTC",
        ]
        let json = try Binary.run(common + ["--format", "json"])
        let csv = try Binary.run(common + ["--format", "csv"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        #expect(records.count == csv.stdout.split(separator: "\n").count - 1)
        var total = Amount.zero
        for record in records {
            let text = try #require(record["amount"] as? String)
            total += try #require(Amount(text))
        }
        let range = DatePreset.yesterday.range(now: now, in: TimeZone(identifier: "UTC")!)
        let dataset = SelectelDataset(seed: seed, now: now)
        #expect(total == Amount(minorUnits: dataset.totalKopecks(from: range.start, to: range.end), decimals: 2))
    }

    @Test func groupedViewMatchesTheReport() throws {
        let common = [
            "--demo", "--account", "f5xc-demo", "--seed", String(seed), "--now", Self.nowText, "--range",
            "last-7-days", "--tz", "UTC", "--group-by", "service",
        ]
        let export = try Binary.run(["export", "--view", "groups", "--format", "json"] + common)
        let report = try Binary.run(["report", "--format", "json"] + common)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == report.stdout)
    }

    @Test func aMissingFolderIsAOneLineErrorAndWritesNothing() throws {
        let result = try Binary.run([
            "export", "--demo", "--account", "seeweb-demo", "--now", Self.nowText, "--output",
            "/nonexistent-costscope-folder/out.csv",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the folder /nonexistent-costscope-folder does not exist"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func unknownFormatIsRefused() throws {
        let result = try Binary.run(["export", "--demo", "--format", "xlsx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("xlsx"))
    }
}
