import TerminalKit

/// Renders the explorer state into a frame. Pure: the same state always gives
/// the same frame.
public enum ExplorerView {
    /// The frame for `state` at `state.screen.size`.
    public static func render(_ state: ExplorerState) -> Frame {
        var frame = Frame(size: state.screen.size)
        let glyphs = Glyphs.forASCII(state.screen.ascii)
        if state.isTooSmall {
            TooSmallView.draw(state, in: &frame)
            return frame
        }
        let layout = state.layout
        HeaderFooterView.drawHeader(state, in: &frame, rect: layout.header, glyphs: glyphs)
        AccountsPaneView.draw(state, in: &frame, rect: layout.accounts, glyphs: glyphs)
        RangePaneView.draw(state, in: &frame, rect: layout.range, glyphs: glyphs)
        GroupingPaneView.draw(state, in: &frame, rect: layout.grouping, glyphs: glyphs)
        ChartPaneView.draw(state, in: &frame, rect: layout.chart, glyphs: glyphs)
        RangePromptView.draw(state, in: &frame, inner: layout.chart.inset)
        TimeSeriesStripView.draw(state, in: &frame, rect: layout.strip, glyphs: glyphs)
        HeaderFooterView.drawFooter(state, in: &frame, rect: layout.footer, glyphs: glyphs)
        switch state.modal {
        case .changes(let overlay): ChangesOverlayView.draw(overlay, state: state, in: &frame, glyphs: glyphs)
        case .menu(let menu): CommandMenuView.draw(menu, in: &frame, glyphs: glyphs)
        case .help: HelpOverlayView.draw(state, in: &frame, glyphs: glyphs)
        case .filterPrompt, .rangePrompt, nil: break
        }
        return frame
    }
}
