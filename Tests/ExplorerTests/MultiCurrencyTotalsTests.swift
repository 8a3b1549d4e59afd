import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Chart totals with several currencies")
struct MultiCurrencyTotalsTests {
    @Test(arguments: [(60, 20), (80, 24), (120, 40)])
    func everyAmountStaysWholeAndApartFromTheRowCount(width: Int, height: Int) {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: width, height: height), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "all", provider: .selectel)])
        let effects = state.beginFetch()
        guard case .fetch(_, let id) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        let day = DateRange(start: state.query.range.start, end: state.query.range.start.addingTimeInterval(86_400))
        let records = [("659586.38", Currency.rub), ("388.89", .eur), ("2250.95", .usd)].map { text, currency in
            CostRecord(
                provider: .selectel, account: "all", project: EntityRef(id: currency.code), period: day,
                amount: Money(Amount(text)!, currency))
        }
        _ = reduce(
            &state, .recordsLoaded(requestID: id, account: "all", records: SpendStore(records), at: Fixtures.now))
        let text = ExplorerView.render(state).text
        for amount in ["659,586.38 ₽", "388.89 €", "2,250.95 $"] {
            #expect(text.contains(amount), "\(text)")
        }
        #expect(!text.contains("projeTotal") && !text.contains("projectsTotal"), "\(text)")
    }
}
