/// What a key does, independent of which key it is.
public enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    /// Drill into the selected row, or apply the highlighted choice in a side pane.
    case activate
    /// Go back up one drill level (in a side pane: return to the chart).
    case back
    case nextPane, previousPane
    case toggleHelp
    case refresh
    case repaint
    case quit
}
