import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Time-series strip: bills longer than a bucket")
struct CoarseRecordStripTests {
    @Test func aMonthlyBillIsNamedInTheTitleNotDrawnAsADay() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "seeweb-demo", provider: .seeweb)])
        let effects = state.beginFetch()
        guard case .fetch(_, let id) = effects.last else {
            Issue.record("expected a fetch")
            return
        }
        // A month that starts before the range and ends after it has its middle inside.
        let middle = state.query.range.midpoint
        let month = DateRange(
            start: middle.addingTimeInterval(-15 * 86_400), end: middle.addingTimeInterval(15 * 86_400))
        let record = CostRecord(
            provider: .seeweb, account: "seeweb-demo", project: EntityRef(id: "eg1"), period: month,
            amount: Money(Amount("251.89")!, .eur))
        _ = reduce(
            &state,
            .recordsLoaded(requestID: id, account: "seeweb-demo", records: SpendStore([record]), at: Fixtures.now))
        let text = ExplorerView.render(state).text
        #expect(text.contains("+ 251.89 € billed by the month"), "\(text)")
        #expect(!text.contains("peak 251.89"), "\(text)")
    }
}
