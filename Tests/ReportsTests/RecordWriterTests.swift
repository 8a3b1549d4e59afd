import CostCore
import Foundation
import Reports
import Testing

@Suite("Record export: CSV, JSON and Markdown")
struct RecordWriterTests {
    let day = DateRange(
        start: Date(timeIntervalSince1970: 1_763_596_800), end: Date(timeIntervalSince1970: 1_763_683_200))

    func record(project: String, amount: String, currency: String = "RUB") -> CostRecord {
        CostRecord(
            provider: .cloudru, account: "prod", project: EntityRef(id: "p-1", name: project),
            object: ObjectRef(id: "bucket-1", name: "media \"hot\"", type: "bucket"), metric: EntityRef(id: "egress"),
            service: "Объектное хранилище", period: day,
            amount: Money(Amount(amount)!, Currency(code: currency)!), quantity: Amount("12.5"),
            unit: "GB", native: ["encode_id": "abc"])
    }

    @Test func csvNeutralisesFormulaCellsAndKeepsAmountsExact() throws {
        let records = ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "plain"].map {
            record(project: $0, amount: "0.000001")
        }
        let text = try RecordWriter.write(records, as: .csv)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == RecordWriter.columns.joined(separator: ","))
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains(",'+1,"))
        #expect(text.contains(",'-2,"))
        #expect(text.contains(",'@SUM(A1),"))
        #expect(text.contains(",plain,"))
        #expect(!text.contains(",=HYPERLINK"))
        #expect(lines.dropFirst().allSatisfy { $0.contains(",RUB,0.000001,12.5,GB") })
    }

    @Test func jsonIsValidWithExactStringsAndEscapes() throws {
        let records = [record(project: "магазин\nline", amount: "1234567890.123456")]
        let text = try RecordWriter.write(records, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(object["records"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["amount"] as? String == "1234567890.123456")
        #expect(rows[0]["project"] as? String == "магазин\nline")
        #expect(rows[0]["object"] as? String == "media \"hot\"")
        #expect(rows[0]["service"] as? String == "Объектное хранилище")
        #expect(rows[0]["period_start"] as? String == "2025-11-20T00:00:00Z")
        #expect((rows[0]["native"] as? [String: String]) == ["encode_id": "abc"])
        #expect(rows[0]["region"] == nil)
    }

    @Test func emptyJSONIsStillADocument() throws {
        let text = try RecordWriter.write([], as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["records"] as? [Any])?.isEmpty == true)
    }

    @Test func markdownEscapesPipesAndAlignsNumbers() throws {
        let text = try RecordWriter.write([record(project: "a|b", amount: "5")], as: .markdown)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].contains("---:"))
        #expect(lines[2].contains("a\\|b"))
    }

    @Test func recordsComeOutInPeriodThenIdentityOrder() throws {
        var late = record(project: "z", amount: "1")
        late.period = DateRange(start: day.end, end: day.end.addingTimeInterval(86_400))
        var early = record(project: "y", amount: "2")
        early.project = EntityRef(id: "p-0", name: "y")
        let text = try RecordWriter.write([late, record(project: "x", amount: "3"), early], as: .csv)
        let projects = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[3] }
        #expect(projects == ["y", "x", "z"])
    }
}
