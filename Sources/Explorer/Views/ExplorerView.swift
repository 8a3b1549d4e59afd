/// Renders the explorer state into a frame. Pure: the same state always gives
/// the same frame.
public enum ExplorerView {
    /// The frame for `state` at `state.size`.
    public static func render(_ state: ExplorerState) -> Frame {
        var frame = Frame(size: state.size)
        let glyphs = Glyphs.forASCII(state.ascii)
        if state.isTooSmall {
            TooSmallView.draw(state, in: &frame)
            return frame
        }
        let layout = state.layout
        HeaderFooterView.drawHeader(state, in: &frame, rect: layout.header, glyphs: glyphs)
        SidePanesView.draw(state, in: &frame, layout: layout, glyphs: glyphs)
        ChartPaneView.draw(state, in: &frame, rect: layout.chart, glyphs: glyphs)
        RangePromptView.draw(state, in: &frame, inner: layout.chart.inset)
        TimeSeriesStripView.draw(state, in: &frame, rect: layout.strip, glyphs: glyphs)
        HeaderFooterView.drawFooter(state, in: &frame, rect: layout.footer, glyphs: glyphs)
        if let overlay = state.changesOverlay {
            ChangesOverlayView.draw(overlay, state: state, in: &frame, glyphs: glyphs)
        }
        if let menu = state.commandMenu { CommandMenuView.draw(menu, in: &frame, glyphs: glyphs) }
        if state.showHelp { HelpOverlayView.draw(state, in: &frame, glyphs: glyphs) }
        return frame
    }
}
