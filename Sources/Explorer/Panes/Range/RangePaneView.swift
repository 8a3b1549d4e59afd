import CostCore
import TerminalKit

/// The range pane: the presets and the custom range.
enum RangePaneView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        ListPane.draw(
            in: &frame, rect: rect, title: state.query.preset == nil ? "Range: custom" : Pane.range.title,
            focused: state.panes.focus == .range, glyphs: glyphs,
            items: DatePreset.allCases.enumerated().map { "\($0.offset + 1) \($0.element.title)" }
                + [CustomRangeEntry.text(state)],
            chosen: state.query.preset.flatMap { DatePreset.allCases.firstIndex(of: $0) }
                ?? ExplorerState.customRangeEntry,
            cursor: state.panes.rangeCursor)
    }
}
