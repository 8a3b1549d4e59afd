import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

/// A group billed by the month (Seeweb) cannot be compared over a week: its bill lies in one of
/// the two ranges, never both. It must not read as "new" or as a fall to nothing.
@Suite("Δ of rows billed by the month")
struct MonthlyRowChangeTests {
    static func state(preset: DatePreset) -> ExplorerState {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "seeweb-demo", provider: .seeweb)], preset: preset)
        guard case .fetch(_, let id) = state.beginFetch().last else { fatalError("no fetch") }
        let month = DateRange(
            start: CivilDateTime(year: 2026, month: 11, day: 1).date(utcOffsetSeconds: 3_600),
            end: CivilDateTime(year: 2026, month: 12, day: 1).date(utcOffsetSeconds: 3_600))
        let bill = CostRecord(
            provider: .seeweb, account: "seeweb-demo", project: EntityRef(id: "eg105465"),
            object: ObjectRef(id: "gpu-1", type: "server"), metric: EntityRef(id: "online"), period: month,
            amount: Money(Amount("251.89")!, .eur))
        _ = reduce(
            &state, .recordsLoaded(requestID: id, account: "seeweb-demo", records: SpendStore([bill]), at: Fixtures.now)
        )
        return state
    }

    @Test func aWeekShowsNoChangeForAMonthlyBill() throws {
        let state = Self.state(preset: .last7Days)
        let row = try #require(state.table.rows.first)
        #expect(!state.rowChanges.isComparable(row))
        let text = ExplorerView.render(state).text
        let line = try #require(text.split(separator: "\n").first { $0.contains("eg105465") && $0.contains("251.89") })
        #expect(line.contains("monthly"), "\(line)")
        #expect(!line.contains("new"), "\(line)")
        #expect(!line.contains("+251.89"), "\(line)")
    }
}
