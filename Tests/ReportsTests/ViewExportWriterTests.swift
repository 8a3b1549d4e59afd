import CostCore
import Foundation
import Reports
import Testing

@Suite("Explorer view exports")
struct ViewExportWriterTests {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!
    static let export = ViewExport(
        grouping: .project, drillPath: ["All projects"], filter: "=cmd|x",
        range: DateRange(
            start: CivilDateTime(year: 2026, month: 10, day: 22).date(utcOffsetSeconds: 10_800),
            end: CivilDateTime(year: 2026, month: 11, day: 21).date(utcOffsetSeconds: 10_800)),
        zone: moscow, accounts: ["selectel-demo"],
        rows: [
            ViewExport.Row(
                key: "p1", label: "=HYPERLINK(\"x\")", kind: nil, money: Money(Amount("15776.523456")!, .rub)),
            ViewExport.Row(key: "p2", label: "staging", kind: nil, money: Money(Amount("-0.01")!, .rub)),
        ],
        totals: MoneyTotals([Money(Amount("15776.513456")!, .rub)]))

    @Test func csvIsExactNeutralisedAndCarriesTheView() throws {
        let text = try ViewExportWriter.write(Self.export, as: .csv)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == ViewExportWriter.csvColumns.joined(separator: ","))
        #expect(lines[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\")\",p1,,RUB,15776.523456,"), "\(lines[1])")
        #expect(lines[1].hasSuffix(",2026-10-22,2026-11-20,Europe/Moscow,project,All projects,'=cmd|x,selectel-demo"))
        #expect(lines[2].hasPrefix("staging,p2,,RUB,-0.01,"), "amounts are numbers, never neutralised")
    }

    @Test func jsonKeepsExactDecimalStrings() throws {
        let text = try ViewExportWriter.write(Self.export, as: .json)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.first?["amount"] as? String == "15776.523456")
        let view = try #require(document["view"] as? [String: Any])
        #expect(view["filter"] as? String == "=cmd|x")
        #expect(view["from"] as? String == "2026-10-22")
        #expect(view["to"] as? String == "2026-11-20")
        #expect(view["drill_path"] as? [String] == ["All projects"])
    }

    @Test func markdownDescribesTheViewAndEscapesPipes() throws {
        let text = try ViewExportWriter.write(Self.export, as: .markdown)
        #expect(text.contains("- Range: 2026-10-22 to 2026-11-20 (Europe/Moscow)"))
        #expect(text.contains("- Filter: `=cmd\\|x`"))
        #expect(text.contains("| 15776.523456 RUB |"))
        #expect(text.contains("| **Total** | **15776.513456 RUB** | |"))
    }
}
