import TerminalKit

/// The grouping pane: the dimensions the chart's root level can group by, in the view's
/// provider's words, titled with the bar size (`t`) since it belongs with the grouping.
enum GroupingPaneView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        ListPane.draw(
            in: &frame, rect: rect, title: Pane.grouping.title + " (\(state.query.granularity.label)s)",
            focused: state.panes.focus == .grouping,
            glyphs: glyphs, items: state.query.dimensions.map { state.groupingTitle(of: $0) },
            chosen: state.query.dimensions.firstIndex(of: state.chart.levels[0].dimension),
            cursor: state.panes.groupingCursor)
    }
}
