import CostCore
import Explorer
import Foundation
import Testing

@Suite("Time-series strip: bills longer than a bucket")
struct CoarseRecordStripTests {
    @Test func aMonthlyBillIsNamedInTheTitleNotDrawnAsADay() {
        var state = ExplorerState(
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "seeweb-demo", provider: .seeweb)])
        let effects = state.beginFetch()
        guard case .fetch(let query, let id) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        // A month that starts before the range and ends after it has its middle inside.
        let middle = query.range.midpoint
        let month = DateRange(
            start: middle.addingTimeInterval(-15 * 86_400), end: middle.addingTimeInterval(15 * 86_400))
        let record = CostRecord(
            provider: .seeweb, account: "seeweb-demo", project: EntityRef(id: "eg1"), period: month,
            amount: Money(Amount("251.89")!, .eur))
        _ = reduce(&state, .recordsLoaded(requestID: id, account: "seeweb-demo", records: [record], at: Fixtures.now))
        let text = ExplorerView.render(state).text
        #expect(text.contains("+ 251.89 € billed by the month"), "\(text)")
        #expect(!text.contains("peak 251.89"), "\(text)")
    }
}

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

@Suite("Chart totals with several currencies")
struct MultiCurrencyTotalsTests {
    @Test(arguments: [(60, 20), (80, 24), (120, 40)])
    func everyAmountStaysWholeAndApartFromTheRowCount(width: Int, height: Int) {
        var state = ExplorerState(
            size: TerminalSize(width: width, height: height), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "all", provider: .selectel)])
        let effects = state.beginFetch()
        guard case .fetch(let query, let id) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        let day = DateRange(start: query.range.start, end: query.range.start.addingTimeInterval(86_400))
        let records = [("659586.38", Currency.rub), ("388.89", .eur), ("2250.95", .usd)].map { text, currency in
            CostRecord(
                provider: .selectel, account: "all", project: EntityRef(id: currency.code), period: day,
                amount: Money(Amount(text)!, currency))
        }
        _ = reduce(&state, .recordsLoaded(requestID: id, account: "all", records: records, at: Fixtures.now))
        let text = ExplorerView.render(state).text
        for amount in ["659,586.38 ₽", "388.89 €", "2,250.95 $"] {
            #expect(text.contains(amount), "\(text)")
        }
        #expect(!text.contains("projeTotal") && !text.contains("projectsTotal"), "\(text)")
    }
}
