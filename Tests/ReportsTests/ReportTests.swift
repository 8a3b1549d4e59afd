import CostCore
import Foundation
import Reports
import Testing

@Suite("Reports")
struct ReportTests {
    let utcZone = TimeZone(identifier: "UTC")!
    let range = DateRange(
        start: CivilDateTime(parsing: "2026-11-01")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-11-03")!.date(utcOffsetSeconds: 0))

    func record(_ project: String, _ label: String, day: Int, _ amount: String, _ currency: Currency = .rub)
        -> CostRecord
    {
        let start = CivilDateTime(year: 2026, month: 11, day: day).date(utcOffsetSeconds: 0)
        return CostRecord(
            provider: .selectel, account: "a", project: EntityRef(id: project, name: label),
            period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
            amount: Money(Amount(amount)!, currency))
    }

    var records: [CostRecord] {
        [
            record("p1", "production", day: 1, "100.10"), record("p1", "production", day: 2, "0.20"),
            record("p2", "=HYPERLINK(\"x\")", day: 1, "5"), record("p2", "=HYPERLINK(\"x\")", day: 2, "1.005", .eur),
        ]
    }

    @Test func jsonHasExactAmountsPerCurrencyAndTotals() throws {
        let report = Report(records: records, dimension: .project, range: range, zone: utcZone, granularity: nil)
        let text = try ReportWriter.write(report, as: .json, zone: utcZone)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["key"] as? String } == ["p1", "p2"])
        let p2 = try #require(groups[1]["amounts"] as? [[String: String]])
        #expect(p2 == [["currency": "EUR", "amount": "1.005"], ["currency": "RUB", "amount": "5"]])
        let totals = try #require(object["totals"] as? [[String: String]])
        #expect(totals == [["currency": "EUR", "amount": "1.005"], ["currency": "RUB", "amount": "105.3"]])
    }

    @Test func csvNeutralisesFormulasButKeepsNumbersNumeric() throws {
        var negative = records
        negative.append(record("p3", "-refund", day: 1, "-2.5"))
        let report = Report(records: negative, dimension: .project, range: range, zone: utcZone, granularity: nil)
        let text = try ReportWriter.write(report, as: .csv, zone: utcZone)
        #expect(text.hasPrefix("project,label,currency,amount\n"))
        #expect(text.contains("p2,\"'=HYPERLINK(\"\"x\"\")\",RUB,5"))
        #expect(text.contains("p3,'-refund,RUB,-2.5"))
        #expect(text.contains("p1,production,RUB,100.3"))
        #expect(ReportWriter.neutralised("@SUM(A1)") == "'@SUM(A1)")
        #expect(ReportWriter.neutralised("+1") == "'+1")
        #expect(ReportWriter.neutralised("safe") == "safe")
    }

    @Test func tableShowsSharesAndOneTotalPerCurrency() throws {
        let report = Report(records: records, dimension: .project, range: range, zone: utcZone, granularity: nil)
        let lines = try ReportWriter.write(report, as: .table, zone: utcZone).split(separator: "\n")
        #expect(lines[0].hasPrefix("Project"))
        #expect(
            lines.contains { $0.hasPrefix("production") && $0.contains(" 100.30 ₽ ") && $0.hasSuffix(" 95.3%") },
            "\(lines)")
        #expect(
            lines.contains { $0.hasPrefix("Total") && $0.contains("105.30 ₽") && $0.hasSuffix("100.0%") }, "\(lines)")
        #expect(lines.filter { $0.hasPrefix("Total") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("Total") && $0.contains("1.01 €") })
    }

    @Test func granularityAddsPerPeriodRows() throws {
        let report = Report(records: records, dimension: .project, range: range, zone: utcZone, granularity: .day)
        let text = try ReportWriter.write(report, as: .csv, zone: utcZone)
        #expect(text.contains("p1,production,2026-11-01T00:00:00Z,2026-11-02T00:00:00Z,day,RUB,100.1"))
        #expect(text.contains("p1,production,2026-11-02T00:00:00Z,2026-11-03T00:00:00Z,day,RUB,0.2"))
        let json = try ReportWriter.write(report, as: .json, zone: utcZone)
        #expect(json.contains("\"series\""))
    }

    @Test func anEmptyRangeSaysSo() throws {
        let report = Report(records: [], dimension: .metric, range: range, zone: utcZone, granularity: nil)
        #expect(try ReportWriter.write(report, as: .table, zone: utcZone).contains("no spend in this range"))
        let json = try ReportWriter.write(report, as: .json, zone: utcZone)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["totals"] as? [Any])?.isEmpty == true)
        #expect((object["groups"] as? [Any])?.isEmpty == true)
    }
}
