import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("What changed list")
struct ChangesOverlayTests {
    private func pressed(_ keys: [Key], on state: ExplorerState) -> ExplorerState {
        var state = state
        for key in keys { _ = reduce(&state, .key(key)) }
        return state
    }

    @Test("w lists the changes by |Δ| within each currency, never ranked across currencies")
    func ordering() throws {
        let state = pressed([.character("w")], on: SpikeFixtures.loadedState(more: true))
        let overlay = try #require(state.changesOverlay)
        #expect(overlay.entries.map(\.rowLabel) == ["jumped", "stepped", "dollars"])
        #expect(overlay.entries.map(\.currency) == [.rub, .rub, .usd])
        let rubDeltas = overlay.entries.filter { $0.currency == .rub }.map(\.event.delta.magnitude)
        #expect(rubDeltas == rubDeltas.sorted(by: >))
        #expect(ExplorerView.render(state).text.contains("What changed"))
    }

    @Test("Enter closes the list and puts the chart cursor on the entry's row; Esc only closes")
    func enterLandsOnTheRow() throws {
        let start = SpikeFixtures.loadedState(more: true)
        let landed = pressed([.character("w"), .down, .enter], on: start)
        #expect(landed.changesOverlay == nil)
        #expect(landed.panes.focus == .chart)
        #expect(landed.selectedRow?.key.label == "stepped")
        let escaped = pressed([.character("w"), .down, .escape], on: start)
        #expect(escaped.changesOverlay == nil)
        #expect(escaped.chart.cursor == start.chart.cursor)
        #expect(escaped.chart.levels.count == start.chart.levels.count)
    }

    @Test("w again closes the list; an unchanged range says so")
    func emptyAndToggle() throws {
        var state = SpikeFixtures.loadedState()
        _ = reduce(&state, .key(.character("w")))
        #expect(state.changesOverlay != nil)
        _ = reduce(&state, .key(.character("w")))
        #expect(state.changesOverlay == nil)
        state.query.granularity = .month
        state.deriveView()
        _ = reduce(&state, .key(.character("w")))
        #expect(state.changesOverlay?.entries.isEmpty == true)
        #expect(ExplorerView.render(state).text.contains("No spikes, drops or new spend in this range."))
    }

    @Test("w is a key binding with help text")
    func keymap() {
        #expect(Keymap.command(for: .character("w"), in: .chart) == .toggleChanges)
        #expect(Keymap.bindings.contains { $0.command == .toggleChanges && !$0.help.isEmpty })
    }

    @Test("snapshot", arguments: [(80, 24), (120, 40), (200, 50)])
    func snapshot(width: Int, height: Int) {
        let state = pressed(
            [.character("w"), .down],
            on: SpikeFixtures.loadedState(size: TerminalSize(width: width, height: height), more: true))
        assertSnapshot(ExplorerView.render(state), named: "changes-overlay-\(width)x\(height)")
    }

    @Test("ASCII snapshot")
    func asciiSnapshot() {
        let state = pressed(
            [.character("w")],
            on: SpikeFixtures.loadedState(size: TerminalSize(width: 120, height: 40), ascii: true, more: true))
        assertSnapshot(ExplorerView.render(state), named: "changes-overlay-ascii-120x40")
    }
}
