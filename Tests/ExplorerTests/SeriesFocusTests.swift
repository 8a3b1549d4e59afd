import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Focused time-series strip")
struct SeriesFocusTests {
    /// The fixture with the strip focused (Tab from the chart).
    static func focused(size: TerminalSize = TerminalSize(width: 120, height: 40)) -> ExplorerState {
        var state = Fixtures.loadedState(size: size)
        state.press(.tab)
        return state
    }

    @Test func tabFromTheChartFocusesTheStripAndThenTheAccounts() {
        var state = Self.focused()
        #expect(state.panes.focus == .series)
        state.press(.tab)
        #expect(state.panes.focus == .accounts)
        state.press(.backTab, .backTab)
        #expect(state.panes.focus == .chart)
    }

    @Test func tabbingToTheStripLandsOnTheLatestMarkedChange() {
        let state = Self.focused()
        // The selected row's spike is on 2026-11-17, three bars before the last.
        #expect(state.chart.seriesCursor == 26)
        let top = ExplorerView.render(state).lines[state.layout.strip.y]
        #expect(top.contains("2026-11-17: "), "\(top)")
    }

    @Test func withoutAMarkedChangeTheCursorLandsOnTheLatestFinishedBarWithData() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 120, height: 40))
        state.load.records = SpendStore(
            state.load.records.filter { $0.period.start < RangeFixtures.mskMidnight("2026-11-10") })
        state.deriveView()
        state.press(.tab)
        let last = state.seriesColumns.count - 1
        #expect(state.chart.seriesCursor < last)
        let span = state.seriesSpan(ofColumn: state.chart.seriesCursor)!
        #expect(span.end <= RangeFixtures.mskMidnight("2026-11-10"))
        #expect(span.end > RangeFixtures.mskMidnight("2026-11-08"))
    }

    @Test func arrowsAndHomeEndMoveTheBucketCursor() {
        var state = Self.focused()
        #expect(state.seriesColumns.count == 30)
        state.press(.end)
        #expect(state.chart.seriesCursor == 29)
        state.press(.left, .character("h"))
        #expect(state.chart.seriesCursor == 27)
        state.press(.right)
        #expect(state.chart.seriesCursor == 28)
        state.press(.home)
        #expect(state.chart.seriesCursor == 0)
        state.press(.left)
        #expect(state.chart.seriesCursor == 0)
        state.press(.character("l"))
        #expect(state.chart.seriesCursor == 1)
        state.press(.end)
        #expect(state.chart.seriesCursor == 29)
        state.press(.right)
        #expect(state.chart.seriesCursor == 29)
        // ↑ ↓ belong to the lists, not the strip.
        let cursor = state.chart.cursor
        state.press(.down)
        #expect(state.chart.cursor == cursor)
    }

    @Test func theTitleShowsTheHighlightedDayAndItsExactAmount() {
        var state = Self.focused()
        state.press(.end, .left, .left, .left)  // 2026-11-17, the spike
        let top = ExplorerView.render(state).lines[state.layout.strip.y]
        let amount = state.selectedRow!.series[26]
        #expect(top.contains("2026-11-17: " + amount.formatted(places: 2, groupingSeparator: ",") + " ₽"), "\(top)")
        #expect(top.contains("[Daily cost"))
    }

    @Test func enterOnADayNarrowsTheRangeToThatDayAndFetches() {
        var state = Self.focused()
        state.press(.end, .left, .left, .left)
        let effects = state.press(.enter)
        let day = DateRange(
            start: RangeFixtures.mskMidnight("2026-11-17"), end: RangeFixtures.mskMidnight("2026-11-18"))
        #expect(state.query.range == day)
        #expect(state.query.preset == nil)
        #expect(state.query.granularity == .day)
        #expect(effects == [.fetch(state.fetchQuery, requestID: state.load.lastRequestID)])
        #expect(state.panes.focus == .series)
        // [ now moves by the new length: one day.
        state.answerFetch()
        state.press(.character("["))
        #expect(
            state.query.range
                == DateRange(
                    start: RangeFixtures.mskMidnight("2026-11-16"), end: RangeFixtures.mskMidnight("2026-11-17")))
    }

    @Test func enterOnAWeekNarrowsToThatWeeksDays() {
        var state = Self.focused()
        state.press(.character("t"))
        #expect(state.query.granularity == .week)
        state.press(.home, .right)
        let expected = DateRange(
            start: RangeFixtures.mskMidnight("2026-10-26"), end: RangeFixtures.mskMidnight("2026-11-02"))
        #expect(state.seriesSpan(ofColumn: state.chart.seriesCursor) == expected)
        let effects = state.press(.enter)
        #expect(state.query.range == expected)
        #expect(state.query.granularity == .day)
        #expect(ExplorerState.fetchQuery(in: effects)?.granularity == .day)
        #expect(state.seriesColumns.count == 7)
    }

    @Test func enterOnAMonthNarrowsToItsDays() {
        var state = Self.focused()
        state.press(.character("t"), .character("t"))
        #expect(state.query.granularity == .month)
        state.press(.end)
        state.press(.enter)
        #expect(
            state.query.range
                == DateRange(
                    start: RangeFixtures.mskMidnight("2026-11-01"), end: RangeFixtures.mskMidnight("2026-11-21")))
        #expect(state.query.granularity == .day)
    }

    @Test func enterOnAMergedColumnNarrowsToAllItsBuckets() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.press(.character("8"))  // year to date: 324 days on a 56-cell strip
        state.answerFetch()
        state.press(.tab)
        #expect(state.seriesColumns.bucketsPerColumn == 6)
        state.press(.home)
        state.press(.enter)
        #expect(
            state.query.range
                == DateRange(
                    start: RangeFixtures.mskMidnight("2026-01-01"), end: RangeFixtures.mskMidnight("2026-01-07")))
        #expect(state.query.granularity == .day)
    }

    @Test func enterOnADayWithHourlyRecordsShowsItsHours() {
        var state = RangeFixtures.hourlyState()
        state.press(.tab)
        state.press(.end, .left)  // 2026-11-19
        let effects = state.press(.enter)
        #expect(
            state.query.range
                == DateRange(
                    start: RangeFixtures.mskMidnight("2026-11-19"), end: RangeFixtures.mskMidnight("2026-11-20")))
        #expect(state.query.granularity == .hour)
        #expect(ExplorerState.fetchQuery(in: effects)?.granularity == .hour)
        state.answerFetch(RangeFixtures.hourlyRecords, account: "onapp-demo")
        #expect(state.seriesColumns.count == 24)
        state.press(.end)
        let top = ExplorerView.render(state).lines[state.layout.strip.y]
        #expect(top.contains("[Hourly cost"), "\(top)")
        #expect(top.contains("2026-11-19 23:00–24:00: 0.24 $"), "\(top)")
        // An hour is the finest bar.
        state.press(.home)
        #expect(state.press(.enter).isEmpty)
        #expect(state.screen.notice?.contains("finest") == true)
    }

    @Test func escAndBackspaceReturnToTheChart() {
        var state = Self.focused()
        state.press(.escape)
        #expect(state.panes.focus == .chart)
        state.press(.tab, .backspace)
        #expect(state.panes.focus == .chart)
    }

    @Test func theCursorIsClampedWhenTheColumnsChange() {
        var state = Self.focused()
        state.press(.end)
        state.press(.character("t"))  // weeks: 5 columns
        #expect(state.chart.seriesCursor == 4)
        _ = reduce(&state, .resize(TerminalSize(width: 80, height: 24)))
        #expect(state.chart.seriesCursor < state.seriesColumns.count)
    }

    @Test func helpForTheStripListsItsKeys() {
        var state = Self.focused()
        state.press(.character("?"))
        let text = ExplorerView.render(state).text
        #expect(text.contains("Keys: Cost over time pane"))
        #expect(text.contains("narrow the range to this bar"))
        #expect(text.contains("previous bar"))
    }
}
