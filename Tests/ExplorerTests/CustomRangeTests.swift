import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Custom range typed as dates")
struct CustomRangeTests {
    /// The state after `d`, Ctrl-U, `text` and Enter, with the effects of Enter.
    static func typed(_ text: String, into state: inout ExplorerState) -> [Effect] {
        state.press(.character("d"), .control("u"))
        state.type(text)
        return state.press(.enter)
    }

    @Test func thePromptStartsWithTheCurrentRange() {
        var state = Fixtures.loadedState()
        state.press(.character("d"))
        #expect(state.rangePrompt == "2026-10-22..2026-11-20")
        #expect(ExplorerView.render(state).text.contains("Range: 2026-10-22..2026-11-20█"))
    }

    @Test func enterAppliesTheRangeAndFetchesIt() {
        var state = Fixtures.loadedState()
        let effects = Self.typed("2026-11-01..2026-11-15", into: &state)
        let expected = DateRange(
            start: RangeFixtures.mskMidnight("2026-11-01"), end: RangeFixtures.mskMidnight("2026-11-16"))
        #expect(state.query.range == expected)
        #expect(state.query.preset == nil)
        #expect(state.rangePrompt == nil)
        #expect(state.panes.rangeCursor == ExplorerState.customRangeEntry)
        #expect(effects == [.fetch(state.fetchQuery, requestID: state.load.lastRequestID)])
        #expect(state.fetchQuery.range.end == expected.end)
        #expect(state.fetchQuery.range.contains(expected.start))
        state.answerFetch()
        let text = ExplorerView.render(state).text
        #expect(text.contains("Range: custom"), "\(text)")
        #expect(text.contains("d 1 Nov – 15 Nov"), "\(text)")
        #expect(text.contains("Custom: 2026-11-01 – 2026-11-15 MSK"), "\(text)")
    }

    @Test func escCancelsAndKeepsTheRange() {
        var state = Fixtures.loadedState()
        let before = state.query.range
        state.press(.character("d"), .control("u"))
        state.type("2026-11-03")
        let effects = state.press(.escape)
        #expect(effects.isEmpty)
        #expect(state.rangePrompt == nil)
        #expect(state.query.range == before)
        #expect(state.query.preset == .last30Days)
    }

    @Test func aBadEntryKeepsThePromptOpenWithTheReason() {
        var state = Fixtures.loadedState()
        let before = state.query.range
        let effects = Self.typed("2026-13-01", into: &state)
        #expect(effects.isEmpty)
        #expect(state.query.range == before)
        #expect(state.rangePrompt == "2026-13-01")
        #expect(state.rangePromptError == "2026-13-01 is not a date: month 13")
        #expect(ExplorerView.render(state).text.contains("2026-13-01 is not a date: month 13"))
        // Editing clears the reason; a fixed entry applies.
        state.press(.backspace, .backspace, .backspace, .backspace)
        #expect(state.rangePromptError == nil)
        state.type("1-01")
        state.press(.enter)
        #expect(state.rangePrompt == nil)
        #expect(state.query.range.start == RangeFixtures.mskMidnight("2026-11-01"))
    }

    @Test func anEndBeforeTheStartAndAFutureStartAreRefused() {
        var state = Fixtures.loadedState()
        _ = Self.typed("2026-11-15..2026-11-01", into: &state)
        #expect(state.rangePromptError == "the end 2026-11-01 is before the start 2026-11-15")
        state.press(.escape)
        _ = Self.typed("2026-12-01", into: &state)
        #expect(state.rangePromptError == "a range may not start in the future: 2026-12-01 is after today, 2026-11-20")
        #expect(state.query.preset == .last30Days)
    }

    @Test func aRangeEndingInTheFutureIsCutAtTheEndOfTodayAndMarkedIncomplete() {
        var state = Fixtures.loadedState()
        _ = Self.typed("2026-11-15..2026-12-31", into: &state)
        #expect(state.query.range.end == RangeFixtures.mskMidnight("2026-11-21"))
        state.answerFetch()
        #expect(ExplorerView.render(state).lines[0].contains("2026-11-15 – 2026-11-20 MSK ◔"))
    }

    @Test func aMonthIsItsWholeMonth() {
        var state = Fixtures.loadedState()
        _ = Self.typed("2026-10", into: &state)
        #expect(
            state.query.range
                == DateRange(
                    start: RangeFixtures.mskMidnight("2026-10-01"), end: RangeFixtures.mskMidnight("2026-11-01")))
        #expect(state.query.preset == .lastMonth)
    }

    @Test func theRangePanesLastEntryOpensThePrompt() {
        var state = Fixtures.loadedState()
        state.press(.backTab, .backTab)
        #expect(state.panes.focus == .range)
        state.press(.character("G"))
        #expect(state.panes.rangeCursor == ExplorerState.customRangeEntry)
        #expect(ExplorerView.render(state).text.contains("d Custom…"))
        state.press(.enter)
        #expect(state.rangePrompt != nil)
        state.press(.control("u"))
        state.type("2026-11-03")
        state.press(.enter)
        #expect(state.panes.focus == .chart)
        #expect(state.query.range.duration == 86_400)
    }

    @Test func theCommandMenuOffersItAndTheBucketSize() {
        #expect(Keymap.menuCommands.contains(.openCustomRange))
        #expect(Keymap.menuCommands.contains(.cycleGranularity))
        var state = Fixtures.loadedState()
        state.press(.character(":"))
        for _ in 0..<Keymap.menuCommands.firstIndex(of: .openCustomRange)! { state.press(.down) }
        state.press(.enter)
        #expect(state.rangePrompt == "2026-10-22..2026-11-20")
    }

    @Test func bracketsShiftACustomRangeByItsLength() {
        var state = Fixtures.loadedState()
        _ = Self.typed("2026-11-01..2026-11-15", into: &state)
        let effects = state.press(.character("["))
        #expect(
            state.query.range
                == DateRange(
                    start: RangeFixtures.mskMidnight("2026-10-17"), end: RangeFixtures.mskMidnight("2026-11-01")))
        #expect(CustomRangeTests.hasFetch(effects))
    }

    @Test func theRangePaneEntryNamesTheDaysWithTheYearOnlyWhenItIsAnother() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 200, height: 50))
        _ = Self.typed("2026-11-03", into: &state)
        #expect(ExplorerView.render(state).text.contains("d 3 Nov "))
        _ = Self.typed("2025-03-01..2025-03-05", into: &state)
        #expect(ExplorerView.render(state).text.contains("d 1 Mar – 5 Mar 25"))
        _ = Self.typed("2025-12-30..2026-01-02", into: &state)
        #expect(ExplorerView.render(state).text.contains("d 30 Dec 25 – 2 Jan 26"))
    }

    static func hasFetch(_ effects: [Effect]) -> Bool { ExplorerState.fetchQuery(in: effects) != nil }
}
