import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Δ and Δ% against the previous period")
struct ChangeColumnsTests {
    @Test func theFetchCoversThePreviousPeriodToo() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        guard case .fetch(let query, _) = state.beginFetch().last else {
            Issue.record("expected a fetch")
            return
        }
        let chosen = DatePreset.last30Days.range(now: Fixtures.now, in: Fixtures.moscow)
        #expect(state.previousRange.end == chosen.start)
        #expect(state.previousRange.duration == chosen.duration)
        #expect(query.range == DateRange(start: state.previousRange.start, end: chosen.end))
    }

    @Test func totalsAndRowsStayInTheChosenRange() {
        let state = ChangeFixtures.loadedState()
        for row in state.table.rows {
            #expect(row.total == ChangeFixtures.sum(project: row.key.id, in: state.query.range))
        }
        let expected = ChangeFixtures.projects.reduce(Amount.zero) {
            $0 + ChangeFixtures.sum(project: $1.0, in: state.query.range)
        }
        #expect(state.table.totals[.rub].amount == expected)
    }

    @Test func deltaIsExactAgainstAnIndependentSum() {
        let state = ChangeFixtures.loadedState()
        #expect(state.table.rows.count == 4)
        for row in state.table.rows {
            let now = ChangeFixtures.sum(project: row.key.id, in: state.query.range)
            let before = ChangeFixtures.sum(project: row.key.id, in: state.previousRange)
            #expect(state.rowChanges.delta(of: row) == now - before, "\(row.key.label)")
        }
        let production = state.table.rows.first { $0.key.id == "p-prod" }!
        #expect(state.rowChanges.delta(of: production) == Amount("3000.30")!)
        #expect(state.rowChanges.deltaPercent(of: production).map { ($0 * 10).rounded() } == 500)
        let accounting = state.table.rows.first { $0.key.id == "p-acc" }!
        #expect(state.rowChanges.delta(of: accounting).isZero)
    }

    @Test func aGroupWithoutPreviousSpendIsNew() {
        let state = ChangeFixtures.loadedState()
        let ml = state.table.rows.first { $0.key.id == "p-ml" }!
        #expect(state.rowChanges.deltaPercent(of: ml) == nil)
        #expect(state.rowChanges.delta(of: ml) == ml.total)
        let text = ExplorerView.render(state).text
        #expect(text.contains("new"))
    }

    @Test func increasesAndDecreasesShowBySignAndColour() {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: 200, height: 50))
        let frame = ExplorerView.render(state)
        let productionLine = frame.lines.first { $0.contains("production") }!
        let stagingLine = frame.lines.first { $0.contains("staging") }!
        #expect(productionLine.contains("+3,000.30 ₽"))
        #expect(productionLine.contains("+50.0%"))
        #expect(stagingLine.contains("−"))
        #expect(frame.styleRuns.contains("negative"))
        #expect(frame.styleRuns.contains("positive"))
    }

    @Test func sortCyclesToTheLargestIncreaseFirst() {
        var state = ChangeFixtures.loadedState()
        state.press(.character("s"), .character("s"))
        #expect(state.chart.sortOrder == .change)
        #expect(state.chart.sortDescending)
        let deltas = state.table.rows.map { state.rowChanges.delta(of: $0) }
        #expect(deltas == deltas.sorted(by: >))
        #expect(state.table.rows.first?.key.id == "p-prod")
        #expect(state.table.rows.last?.key.id == "p-stage")
        state.press(.character("S"))
        #expect(state.table.rows.first?.key.id == "p-stage")
        state.press(.character("s"))
        #expect(state.chart.sortOrder == .cost)
    }

    @Test func narrowTerminalsDropChangeColumnsBeforeAmounts() {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        let text = ExplorerView.render(state).text
        for row in state.table.rows {
            #expect(text.contains(MoneyTextProbe.format(row.total)), "\(row.key.label)")
        }
        #expect(!text.contains("Δ%"))
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func snapshot(width: Int, height: Int) {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: width, height: height))
        assertSnapshot(ExplorerView.render(state), named: "changes-\(width)x\(height)")
    }

    @Test func asciiSnapshot() {
        let state = ChangeFixtures.loadedState(size: TerminalSize(width: 120, height: 40), ascii: true)
        let frame = ExplorerView.render(state)
        #expect(frame.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) || $0.contains("Бухгалтерия") })
        #expect(frame.text.contains("+/-%"))
        assertSnapshot(frame, named: "changes-ascii-120x40")
    }
}

/// Formats an amount the way the chart does, for checking that amounts stay whole.
private enum MoneyTextProbe {
    static func format(_ amount: Amount) -> String {
        amount.formatted(places: 2, groupingSeparator: ",") + " ₽"
    }
}
