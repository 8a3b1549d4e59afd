import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Chart row filter and n/N")
struct FilterTests {
    /// Types `/`, the text, and Enter.
    static func filtered(_ text: String, size: TerminalSize = TerminalSize(width: 120, height: 40), ascii: Bool = false)
        -> ExplorerState
    {
        var state = Fixtures.loadedState(size: size, ascii: ascii)
        state.type("/" + text)
        state.press(.enter)
        return state
    }

    static func labels(_ state: ExplorerState) -> [String] { state.table.rows.map(\.key.label) }

    @Test func plainTextIsCaseInsensitiveAndTotalsAreForTheShownRows() {
        let state = Self.filtered("PROD")
        #expect(Self.labels(state) == ["production"])
        #expect(state.unfilteredRowCount == 3)
        #expect(state.table.totals.values == [state.table.rows[0].money])
        let text = ExplorerView.render(state).text
        #expect(text.contains("Projects matching /PROD/"), "\(text)")
        #expect(text.contains("1 of 3 rows"), "\(text)")
        #expect(text.contains("1 of 3 projects"), "\(text)")
        #expect(text.contains("Filtered total 15,776.52 ₽"), "\(text)")
    }

    @Test func aRegularExpressionIsUsedAsOne() {
        #expect(Self.labels(Self.filtered("^(prod|stag)")) == ["production", "staging"])
        #expect(Self.labels(Self.filtered("ия$")) == ["Бухгалтерия"])
    }

    @Test func aLeadingBangNegates() {
        #expect(Self.labels(Self.filtered("!prod")) == ["Бухгалтерия", "staging"])
    }

    @Test func anInvalidExpressionIsPlainTextWithAnErrorLine() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.type("/(prod")
        let typing = ExplorerView.render(state).text
        #expect(typing.contains("not a regular expression: matched as plain text"), "\(typing)")
        #expect(typing.contains("/(prod█"), "\(typing)")
        state.press(.enter)
        #expect(state.table.rows.isEmpty)
        #expect(state.screen.noticeIsError)
        #expect(state.screen.notice?.contains("not a valid regular expression") == true)
        let text = ExplorerView.render(state).text
        #expect(text.contains("No projects match /(prod/."), "\(text)")
        var plain = Fixtures.loadedState()
        plain.type("/[prod")
        plain.press(.enter)
        #expect(plain.chart.rowFilter == RowFilter("[prod"))
        #expect(plain.table.rows.isEmpty)
    }

    @Test func escapeCancelsThePromptAndBackspaceEdits() {
        var state = Fixtures.loadedState()
        state.type("/prodx")
        state.press(.backspace, .enter)
        #expect(Self.labels(state) == ["production"])
        state.type("/zzz")
        state.press(.escape)
        #expect(state.filterPrompt == nil)
        #expect(state.chart.rowFilter == RowFilter("prod"), "Esc in the prompt keeps the filter in force")
        #expect(Self.labels(state) == ["production"])
    }

    @Test func promptKeysAreTextNotCommands() {
        var state = Fixtures.loadedState()
        state.type("/qjk")
        #expect(state.filterPrompt == "qjk")
        #expect(state.chart.cursor == 0)
    }

    @Test func escapeInTheChartClearsTheFilterBeforeGoingBack() {
        var state = Fixtures.loadedState()
        state.press(.enter)
        #expect(state.chart.levels.count == 2)
        state.type("/web")
        state.press(.enter)
        #expect(Self.labels(state).allSatisfy { $0.contains("web") })
        state.press(.escape)
        #expect(state.chart.rowFilter == nil)
        #expect(state.chart.levels.count == 2, "the first Esc only clears the filter")
        state.press(.escape)
        #expect(state.chart.levels.count == 1)
    }

    @Test func drillingStartsTheNextLevelUnfiltered() {
        var state = Self.filtered("prod")
        state.press(.enter)
        #expect(state.chart.rowFilter == nil)
        #expect(state.table.rows.count == state.unfilteredRowCount)
        #expect(state.chart.lastSearch == RowFilter("prod"))
    }

    @Test func theFilterSurvivesARefresh() {
        var state = Self.filtered("stag")
        let effects = state.press(.character("r"))
        guard case .fetch(_, let id) = effects.last else {
            Issue.record("refresh should fetch")
            return
        }
        _ = reduce(
            &state,
            .recordsLoaded(
                requestID: id, account: "selectel-demo", records: SpendStore(Fixtures.records), at: Fixtures.now)
        )
        #expect(Self.labels(state) == ["staging"])
        #expect(state.chart.rowFilter == RowFilter("stag"))
    }

    @Test func nextAndPreviousJumpBetweenMatchesAfterTheFilterIsCleared() {
        var state = Self.filtered("ing|ия")
        #expect(Self.labels(state) == ["Бухгалтерия", "staging"])
        state.press(.escape)
        #expect(Self.labels(state) == ["production", "Бухгалтерия", "staging"])
        #expect(state.selectedRow?.key.label == "Бухгалтерия", "clearing keeps the cursor on its row")
        state.press(.character("n"))
        #expect(state.selectedRow?.key.label == "staging")
        state.press(.character("n"))
        #expect(state.selectedRow?.key.label == "Бухгалтерия", "n wraps around, skipping production")
        state.press(.character("N"))
        #expect(state.selectedRow?.key.label == "staging", "N wraps back")
        state.press(.character("g"), .character("N"))
        #expect(state.selectedRow?.key.label == "staging")
    }

    @Test func nWithoutAFilterSaysHowToStart() {
        var state = Fixtures.loadedState()
        state.press(.character("n"))
        #expect(state.chart.cursor == 0)
        #expect(state.screen.notice?.contains("/") == true)
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func snapshot(width: Int, height: Int) {
        let state = Self.filtered("!stag", size: TerminalSize(width: width, height: height))
        assertSnapshot(ExplorerView.render(state), named: "filter-\(width)x\(height)")
    }

    @Test func asciiSnapshotWithThePromptOpen() {
        var state = Self.filtered("!stag", size: TerminalSize(width: 80, height: 24), ascii: true)
        state.press(.character("/"), .control("u"))
        state.type("a(b")
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("/a(b_"), "\(frame.text)")
        assertSnapshot(frame, named: "filter-prompt-ascii-80x24")
    }
}

extension ExplorerState {
    /// Types each character of `text` as a key.
    mutating func type(_ text: String) {
        for character in text { _ = reduce(&self, .key(.character(character))) }
    }
}
