import CostCore
import Explorer
import TerminalKit
import Testing

@Suite("Frame snapshots: custom range and focused strip")
struct RangeSnapshotTests {
    static let sizes = [(80, 24, false), (120, 40, false), (80, 24, true)]

    static func name(_ base: String, _ width: Int, _ height: Int, _ ascii: Bool) -> String {
        "\(base)-\(ascii ? "ascii-" : "")\(width)x\(height)"
    }

    @Test(arguments: sizes)
    func customRangePrompt(width: Int, height: Int, ascii: Bool) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height), ascii: ascii)
        state.press(.character("d"), .control("u"))
        state.type("2026-11-01..2026-11-15")
        assertSnapshot(ExplorerView.render(state), named: Self.name("custom-range-prompt", width, height, ascii))
    }

    @Test func customRangePromptWithAnError() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.press(.character("d"), .control("u"))
        state.type("2026-11-15..2026-11-01")
        state.press(.enter)
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("the end 2026-11-01 is before the start 2026-11-15"))
        assertSnapshot(frame, named: "custom-range-error-80x24")
    }

    @Test(arguments: sizes)
    func customRangeApplied(width: Int, height: Int, ascii: Bool) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height), ascii: ascii)
        state.press(.character("d"), .control("u"))
        state.type("2026-11-01..2026-11-15")
        state.press(.enter)
        state.answerFetch()
        assertSnapshot(ExplorerView.render(state), named: Self.name("custom-range", width, height, ascii))
    }

    @Test(arguments: sizes)
    func focusedSeries(width: Int, height: Int, ascii: Bool) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height), ascii: ascii)
        state.press(.tab, .end, .left, .left, .left)
        let frame = ExplorerView.render(state)
        #expect(frame.lines[state.layout.strip.y].contains("2026-11-17: "))
        assertSnapshot(frame, named: Self.name("series-focus", width, height, ascii))
    }
}
