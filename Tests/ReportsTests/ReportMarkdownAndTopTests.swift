import CostCore
import Foundation
import Reports
import Testing

@Suite("Reports: Markdown and --top")
struct ReportMarkdownAndTopTests {
    let utcZone = TimeZone(identifier: "UTC")!
    let range = DateRange(
        start: CivilDateTime(parsing: "2026-11-01")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-11-03")!.date(utcOffsetSeconds: 0))

    func record(_ id: String, _ label: String, day: Int, _ amount: String, _ currency: Currency = .rub) -> CostRecord {
        let start = CivilDateTime(year: 2026, month: 11, day: day).date(utcOffsetSeconds: 0)
        return CostRecord(
            provider: .selectel, account: "a", project: EntityRef(id: id, name: label),
            period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
            amount: Money(Amount(amount)!, currency))
    }

    @Test func markdownIsATableWithEscapedLabelsAndTotalsPerCurrency() throws {
        let records = [
            record("p1", "prod | eu", day: 1, "100.10"), record("p2", "staging", day: 1, "5"),
            record("p3", "shop", day: 2, "7.50", .eur),
        ]
        let report = Report(records: records, dimension: .project, range: range, zone: utcZone, granularity: nil)
        let lines = try ReportWriter.write(report, as: .markdown, zone: utcZone).split(separator: "\n").map(String.init)
        #expect(lines[0] == "| Project | Amount | Share |")
        #expect(lines[1] == "|---|---:|---:|")
        #expect(lines.contains("| prod \\| eu | 100.10 ₽ | 95.2% |"))
        #expect(lines.contains("| **Total** | **105.10 ₽** | 100.0% |"))
        #expect(lines.contains("| **Total** | **7.50 €** | 100.0% |"))
    }

    @Test func topKeepsTheLargestGroupsAndSumsTheRestExactly() {
        let records = [
            record("a", "a", day: 1, "50"), record("b", "b", day: 1, "40"), record("c", "c", day: 1, "0.001"),
            record("d", "d", day: 2, "0.002"), record("e", "e", day: 2, "3", .eur),
        ]
        let report = Report(records: records, dimension: .project, range: range, zone: utcZone, granularity: .day)
        let top = report.limited(to: 2)
        #expect(top.groups.map(\.label) == ["a", "b", "Other (3 more)"])
        let other = top.groups[2]
        #expect(other.amounts == [Money(Amount(3), .eur), Money(Amount("0.003")!, .rub)])
        #expect(other.series.count == 3)
        #expect(top.totals == report.totals)
        // Nothing to merge: a single remaining group stays as it is.
        #expect(report.limited(to: 4).groups.map(\.label) == report.groups.map(\.label))
    }
}
