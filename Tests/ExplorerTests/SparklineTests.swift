import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Sparkline column")
struct SparklineTests {
    /// The chart line of the `ml` project, which bills only in the last 10 days.
    private func mlLine(_ state: ExplorerState) -> String {
        ExplorerView.render(state).lines.first { $0.contains("│  ml ") || $0.contains("|  ml ") } ?? ""
    }

    @Test func zeroDaysAreDotsAndTheSpikeIsTheTallestCell() {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: 120, height: 40))
        let line = mlLine(state)
        // 30 days in 15 cells: 10 cells of days with data but no spend for `ml`, then its spend.
        #expect(line.contains("··········▂"), "\(line)")
        #expect(line.contains("█"), "\(line)")
    }

    @Test func daysWithoutAnyDataAreBlankNotZero() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        guard case .fetch(_, let id) = state.beginFetch().last else { return }
        let start = state.query.range.start
        let missing = DateRange(start: start, end: start.addingTimeInterval(10 * 86_400))
        let records = ChangeFixtures.records.filter { !missing.contains($0.period.midpoint) }
        _ = reduce(
            &state,
            .recordsLoaded(requestID: id, account: "selectel-demo", records: SpendStore(records), at: Fixtures.now))
        let line = mlLine(state)
        #expect(line.contains("     ·····▂"), "\(line)")
        #expect(!line.contains("······"), "\(line)")
    }

    @Test func narrowTerminalsHaveNoSparkline() {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: 100, height: 30))
        #expect(!mlLine(state).contains("·"))
    }

    @Test func asciiUsesPlainCharacters() {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: 120, height: 40), ascii: true)
        let line = mlLine(state)
        #expect(line.contains("__________."), "\(line)")
        #expect(line.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
