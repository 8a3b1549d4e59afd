import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Time-series strip follows the cursor once it rests")
struct StripSubjectTests {
    /// The strip's title line: "Daily cost › <subject>".
    private func stripTitle(_ state: ExplorerState) -> String? {
        ExplorerView.render(state).text.split(separator: "\n").first { $0.contains("Daily cost") }.map(String.init)
    }

    @Test func aCursorMoveKeepsTheStripOnTheRowItShowed() throws {
        var state = Fixtures.loadedState()
        let first = try #require(state.selectedRow)
        _ = reduce(&state, .key(.down))
        let second = try #require(state.selectedRow)
        #expect(second.id != first.id)
        #expect(state.stripRow?.id == first.id)
        #expect(!state.isStripSettled)
        #expect(stripTitle(state)?.contains("› \(first.key.label)") == true)
        _ = reduce(&state, .key(.down))
        #expect(state.stripRow?.id == first.id)
    }

    @Test func settlingMovesTheStripToTheSelectedRow() throws {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.down))
        let selected = try #require(state.selectedRow)
        _ = reduce(&state, .settle)
        #expect(state.isStripSettled)
        #expect(state.stripRow?.id == selected.id)
        #expect(stripTitle(state)?.contains("› \(selected.key.label)") == true)
    }

    @Test func aCursorMoveRedrawsNoStripCell() throws {
        var state = Fixtures.loadedState(size: TerminalSize(width: 200, height: 50))
        let before = ExplorerView.render(state)
        _ = reduce(&state, .key(.down))
        let after = ExplorerView.render(state)
        let changedLines = (0..<before.height).filter { y in
            (0..<before.width).contains { x in before[x, y] != after[x, y] }
        }
        let lines = before.text.split(separator: "\n", omittingEmptySubsequences: false)
        let stripTop = try #require(lines.firstIndex { $0.contains("Daily cost") })
        // The two highlighted rows of the chart and its "n/m" position, nothing in the strip.
        #expect(changedLines.count == 3)
        #expect(changedLines.allSatisfy { $0 < stripTop })
    }

    @Test func drillingAndRegroupingShowTheNewSelectedRowAtOnce() throws {
        var state = Fixtures.loadedState()
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.enter))
        #expect(state.isStripSettled)
        #expect(state.stripRow?.id == state.selectedRow?.id)
        _ = reduce(&state, .key(.down))
        _ = reduce(&state, .key(.escape))
        #expect(state.isStripSettled)
        #expect(state.stripRow?.id == state.selectedRow?.id)
    }

    @Test func settlingWithoutAMoveChangesNothing() {
        var state = Fixtures.loadedState()
        let before = state
        _ = reduce(&state, .settle)
        #expect(state == before)
    }
}
