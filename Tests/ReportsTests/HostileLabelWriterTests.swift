import CostCore
import Foundation
import Reports
import Testing

/// Labels from a provider carrying terminal control sequences, line breaks and `|` reach no
/// output as controls: text formats replace them, Markdown escapes `|`, JSON keeps them escaped.
@Suite("Hostile labels in every output format")
struct HostileLabelWriterTests {
    static let hostile = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}]52;c;b3duZWQ=\u{07}\u{9B}31m\u{1B}[1m\u{7F}|\nX| web"
    static let utc = TimeZone(identifier: "UTC")!
    static let range = DateRange(
        start: CivilDateTime(year: 2026, month: 11, day: 1).date(utcOffsetSeconds: 0),
        end: CivilDateTime(year: 2026, month: 11, day: 3).date(utcOffsetSeconds: 0))

    static func record(_ id: String, _ label: String, day: Int, _ amount: String) -> CostRecord {
        let start = CivilDateTime(year: 2026, month: 11, day: day).date(utcOffsetSeconds: 0)
        return CostRecord(
            provider: .selectel, account: "acct\u{1B}[31m", project: EntityRef(id: id, name: label),
            object: ObjectRef(id: "o-\(id)", name: label, type: "server\u{9B}2J"),
            metric: EntityRef(id: "m", name: label), region: "ru\u{1B}]0;x\u{07}", service: "svc\n2",
            period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
            amount: Money(Amount(amount)!, .rub))
    }

    static let records = [
        record("p1", hostile, day: 1, "10.50"), record("p1", hostile, day: 2, "1.25"),
        record("p2", "=SUM(A1)\r\nplain", day: 1, "2"),
    ]

    /// Fails unless `text` holds no control character other than its line breaks.
    func expectNoControls(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = text.unicodeScalars.filter { $0 != "\n" && ControlCharacters.isControl($0) }
        #expect(
            controls.isEmpty, "controls: \(controls.map { String($0.value, radix: 16) })",
            sourceLocation: sourceLocation)
    }

    /// The number of `|` not escaped by a backslash.
    func cellSeparators(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }

    @Test(arguments: [nil, Granularity.day])
    func reportTableKeepsOneLinePerGroupAndNoControls(granularity: Granularity?) throws {
        let report = Report(
            records: Self.records, dimension: .project, range: Self.range, zone: Self.utc, granularity: granularity)
        let text = try ReportWriter.write(report, as: .table, zone: Self.utc)
        expectNoControls(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // header, rule, one line per group (or per group and day), rule, total
        let bodyLines = granularity == nil ? 2 : 3
        #expect(lines.count == 2 + bodyLines + 2, "\(text)")
        #expect(lines.contains { $0.hasPrefix("\u{FFFD}[2J\u{FFFD}]0;owned\u{FFFD}") && $0.contains("| X| web") })
    }

    @Test(arguments: [nil, Granularity.day])
    func reportMarkdownEscapesPipesAndKeepsRowsWhole(granularity: Granularity?) throws {
        let report = Report(
            records: Self.records, dimension: .project, range: Self.range, zone: Self.utc, granularity: granularity)
        let text = try ReportWriter.write(report, as: .markdown, zone: Self.utc)
        expectNoControls(text)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2 + (granularity == nil ? 2 : 3) + 1, "\(text)")
        for line in lines { #expect(cellSeparators(line) == 4, "\(line)") }
        #expect(text.contains("\\| X\\| web"))
    }

    @Test(arguments: [nil, Granularity.day])
    func reportCSVHasOneRecordPerLineAndDefusesFormulas(granularity: Granularity?) throws {
        let report = Report(
            records: Self.records, dimension: .project, range: Self.range, zone: Self.utc, granularity: granularity)
        let text = try ReportWriter.write(report, as: .csv, zone: Self.utc)
        expectNoControls(text)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1 + (granularity == nil ? 2 : 3), "\(text)")
        #expect(text.contains("'=SUM(A1)  plain"))
    }

    @Test func reportJSONKeepsTheLabelExactlyWithEveryControlEscaped() throws {
        let report = Report(
            records: Self.records, dimension: .project, range: Self.range, zone: Self.utc, granularity: .day)
        let text = try ReportWriter.write(report, as: .json, zone: Self.utc)
        expectNoControls(text)
        #expect(text.contains("\\u009b31m"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let labels = (document["groups"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(labels.contains(Self.hostile))
    }

    @Test func comparisonHasNoControlsInAnyFormat() throws {
        let current = DateRange(start: Self.range.start.addingTimeInterval(86_400), end: Self.range.end)
        let comparison = PeriodComparison(
            records: Self.records, dimension: .project, current: current,
            previous: DateRange(start: Self.range.start, end: current.start))
        for format in [ReportFormat.table, .markdown, .csv, .json] {
            let text = try ComparisonWriter.write(comparison, as: format)
            expectNoControls(text)
            if format == .markdown {
                for line in text.split(separator: "\n") { #expect(cellSeparators(line) == 6, "\(line)") }
            }
        }
    }

    @Test func recordExportHasNoControlsAndOneLinePerRecord() throws {
        for format in [ExportFormat.csv, .markdown, .json] {
            let text = try RecordWriter.write(Self.records, as: format)
            expectNoControls(text)
            switch format {
            case .csv:
                #expect(text.split(separator: "\n").count == 1 + Self.records.count, "\(text)")
                #expect(text.contains("'=SUM(A1)  plain"))
            case .markdown:
                let lines = text.split(separator: "\n")
                #expect(lines.count == 2 + Self.records.count, "\(text)")
                for line in lines { #expect(cellSeparators(line) == RecordWriter.columns.count + 1, "\(line)") }
            case .json:
                let document = try #require(
                    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let rows = try #require(document["records"] as? [[String: Any]])
                #expect(rows.map { $0["project"] as? String }.contains(Self.hostile))
                #expect(rows.map { $0["object_type"] as? String }.contains("server\u{9B}2J"))
            }
        }
    }

    @Test func viewExportHasNoControlsInAnyFormat() throws {
        let export = ViewExport(
            grouping: .project, drillPath: ["All projects", Self.hostile], filter: "a\u{1B}[2J|b", range: Self.range,
            zone: Self.utc, accounts: ["acct\u{9B}1m"],
            rows: [ViewExport.Row(key: "p1", label: Self.hostile, kind: "vm\u{7}", money: Money(Amount("1")!, .rub))],
            totals: MoneyTotals([Money(Amount("1")!, .rub)]))
        for format in [ExportFormat.csv, .markdown, .json] {
            let text = try ViewExportWriter.write(export, as: format)
            expectNoControls(text)
            if format == .csv { #expect(text.split(separator: "\n").count == 2, "\(text)") }
            if format == .markdown {
                let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
                #expect(rows.count == 3)
                for row in rows { #expect(cellSeparators(row) == 4, "\(row)") }
            }
        }
    }
}
