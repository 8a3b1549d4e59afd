import CostCore
import Explorer
import Foundation
import Testing

/// What an on-call engineer sees after narrowing the view to one day: the same row stays
/// selected, and daily bills drawn in hours still compare with the day before.
@Suite("Narrowing the view to a day")
struct NarrowedViewTests {
    @Test func theChosenRowStaysSelectedWhenANewRangeArrives() throws {
        var state = Fixtures.loadedState()
        state.press(.down, .down)
        let chosen = try #require(state.selectedRow).id
        #expect(state.chart.cursor == 2)
        state.press(.character("3"))  // last 7 days: the view empties and fetches
        #expect(state.table.rows.isEmpty)
        state.answerFetch()
        #expect(state.selectedRow?.id == chosen)
    }

    @Test func theChosenRowStaysSelectedAfterARefresh() throws {
        var state = Fixtures.loadedState()
        state.press(.end)
        let chosen = try #require(state.selectedRow).id
        state.press(.character("r"))
        state.answerFetch()
        #expect(state.selectedRow?.id == chosen)
    }

    @Test func movingTheCursorWhileLoadingWins() throws {
        var state = Fixtures.loadedState()
        state.press(.end)
        state.press(.character("3"))
        state.press(.home)  // nothing to move over yet, but the choice is the first row now
        state.answerFetch()
        #expect(state.chart.cursor == 0)
    }

    /// 2026-11-17 drawn in hours: OnApp's hourly records beside the Selectel fixture's daily ones.
    static func hourlyDay() -> ExplorerState {
        var state = RangeFixtures.hourlyState(withDailyAccount: true)
        let day = DateRange(
            start: RangeFixtures.mskMidnight("2026-11-17"), end: RangeFixtures.mskMidnight("2026-11-18"))
        let opened = state.open(range: day, preset: nil, dimension: .project, granularity: .hour)
        precondition(opened)
        return state
    }

    @Test func dailyBillsInAnHourlyDayCompareWithTheDayBefore() throws {
        let state = Self.hourlyDay()
        let row = try #require(state.table.rows.first { $0.key.id == "p-prod" })
        #expect(!row.unbucketed.isZero)
        #expect(state.rowChanges.isComparable(row))
        // The production spike (k8s ×7 on 11-17 and 11-18) against 11-16.
        let before = Fixtures.records.filter {
            $0.project?.id == "p-prod" && $0.period.start == RangeFixtures.mskMidnight("2026-11-16")
        }.reduce(Amount.zero) { $0 + $1.amount.amount }
        #expect(state.rowChanges.delta(of: row) == row.total - before)
        let line = try #require(
            ExplorerView.render(state).lines.first { $0.contains(row.key.label) && $0.contains("₽") })
        #expect(!line.contains("monthly"), "\(line)")
    }

    @Test func aRowBilledByTheDaySaysSoInsteadOfAnEmptyHourlyChart() throws {
        var state = Self.hourlyDay()
        let index = try #require(state.table.rows.firstIndex { $0.key.id == "p-prod" })
        state.press(.home)
        for _ in 0..<index { state.press(.down) }
        let row = try #require(state.selectedRow)
        let strip = state.layout.strip
        let lines = ExplorerView.render(state).lines[strip.y..<strip.bottom].joined(separator: "\n")
        #expect(lines.contains("production is billed by the day or longer"), "\(lines)")
        #expect(lines.contains(row.total.formatted(places: 2, groupingSeparator: ",") + " ₽"), "\(lines)")
        #expect(lines.contains("no hourly bars"))
    }
}
