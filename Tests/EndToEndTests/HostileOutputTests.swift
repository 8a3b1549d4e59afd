import CostCore
import Foundation
import Simulator
import Testing

/// The real binary on a simulator whose names carry terminal control sequences, a line break and
/// `|` (`--fault hostile-labels`): no text output lets a control through or splits a row, and
/// JSON keeps the names exactly.
@Suite("Hostile provider labels on standard output")
struct HostileOutputTests {
    static let common = [
        "--demo", "--account", "selectel-demo", "--now", "2026-11-20T12:00:00Z", "--range", "yesterday", "--tz",
        "UTC", "--fault", "hostile-labels",
    ]

    func run(_ arguments: [String]) throws -> Binary.Result {
        let result = try Binary.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    func expectNoControls(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = text.unicodeScalars.filter { $0 != "\n" && ControlCharacters.isControl($0) }
        #expect(!text.isEmpty, sourceLocation: sourceLocation)
        #expect(
            controls.isEmpty, "controls: \(controls.map { String($0.value, radix: 16) })",
            sourceLocation: sourceLocation)
    }

    /// The groups of the same report as JSON, where labels are exact.
    func jsonGroups(_ extra: [String]) throws -> [[String: Any]] {
        let json = try run(["report"] + Self.common + extra + ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        return try #require(document["groups"] as? [[String: Any]])
    }

    @Test(arguments: [
        ["--group-by", "project"], ["--group-by", "object"], ["--group-by", "metric", "--granularity", "day"],
    ])
    func reportTextFormatsKeepOneLinePerRow(extra: [String]) throws {
        let groups = try jsonGroups(extra)
        #expect(groups.contains { ($0["label"] as? String)?.hasPrefix(HostileLabels.prefix) == true })
        let rows = groups.reduce(0) { count, group in
            count + ((group["series"] as? [Any])?.count ?? (group["amounts"] as? [Any])?.count ?? 0)
        }
        let table = try run(["report"] + Self.common + extra).stdout
        expectNoControls(table)
        #expect(!table.contains("\u{9B}"))
        #expect(table.split(separator: "\n").count == rows + 4, "header, rule, rows, rule, one total")
        let markdown = try run(["report"] + Self.common + extra + ["--format", "markdown"]).stdout
        expectNoControls(markdown)
        #expect(markdown.split(separator: "\n").count == rows + 3)
        #expect(markdown.contains("\\| X\\| "))
        let csv = try run(["report"] + Self.common + extra + ["--format", "csv"]).stdout
        expectNoControls(csv)
        #expect(csv.split(separator: "\n").count == rows + 1)
    }

    @Test func exportTextFormatsKeepOneLinePerRecord() throws {
        let json = try run(["export"] + Self.common + ["--format", "json"])
        expectNoControls(json.stdout)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let records = try #require(document["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { ($0["project"] as? String)?.hasPrefix(HostileLabels.prefix) == true })
        let csv = try run(["export"] + Self.common + ["--format", "csv"]).stdout
        expectNoControls(csv)
        #expect(csv.split(separator: "\n").count == records.count + 1)
        let markdown = try run(["export"] + Self.common + ["--format", "markdown"]).stdout
        expectNoControls(markdown)
        #expect(markdown.split(separator: "\n").count == records.count + 2)
        let grouped = try run(["export"] + Self.common + ["--view", "groups", "--format", "csv"]).stdout
        expectNoControls(grouped)
    }

    @Test func exportToAFileHasNoControlsEither() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("costscope-hostile-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["csv", "markdown"] {
            let path = folder.appendingPathComponent("out.\(format)").path
            _ = try run(["export"] + Self.common + ["--format", format, "--output", path])
            expectNoControls(try String(contentsOfFile: path, encoding: .utf8))
        }
    }
}
