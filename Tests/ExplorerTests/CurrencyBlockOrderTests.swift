import CostCore
import Explorer
import Foundation
import Testing

@Suite("Chart rows with several currencies")
struct CurrencyBlockOrderTests {
    @Test func theCurrencyWithMostRecordsComesFirst() {
        func row(_ id: String, _ currency: Currency, _ total: String, records: Int) -> GroupRow {
            GroupRow(
                key: GroupKey(id: id, label: id), currency: currency, total: Amount(total)!, series: [],
                recordCount: records)
        }
        let rows = [
            row("eu-big", .eur, "900", records: 2), row("eu-small", .eur, "10", records: 1),
            row("ru-big", .rub, "90000", records: 700), row("ru-small", .rub, "5", records: 300),
            row("us", .usd, "50", records: 40),
        ]
        let ordered = ExplorerState.mainCurrencyFirst(rows)
        #expect(ordered.map(\.key.id) == ["ru-big", "ru-small", "us", "eu-big", "eu-small"])
    }
}
