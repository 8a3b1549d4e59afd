import CostCore

/// What a key does, independent of which key it is.
public enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    /// Drill into the selected row, or apply the highlighted choice in a side pane.
    case activate
    /// Go back up one drill level (in a side pane: return to the chart).
    case back
    case nextPane, previousPane
    /// Choose the range preset numbered by the key (1–8).
    case choosePreset
    /// Shift the range back by its own length.
    case shiftRangeBack
    /// Shift the range forward by its own length.
    case shiftRangeForward
    /// Open the prompt for a range typed as dates (`d`).
    case openCustomRange
    /// Cycle the time-series bucket size among those that make sense for the range (`t`).
    case cycleGranularity
    /// Move the time-series bucket cursor one column left.
    case previousBucket
    /// Move the time-series bucket cursor one column right.
    case nextBucket
    /// Cycle the sort order (cost, name).
    case cycleSort
    /// Reverse the sort direction.
    case reverseSort
    /// Toggle bar scale: largest row or total.
    case toggleBarScale
    case toggleHelp
    /// Open the filter prompt (`/`).
    case openFilter
    /// Jump to the next row matching the last filter pattern.
    case nextMatch
    /// Jump to the previous row matching the last filter pattern.
    case previousMatch
    /// Take the account under the cursor out of the view or put it back; on "All accounts", put all back.
    case toggleAccount
    /// Offer the export formats.
    case chooseExport
    /// Write the current view to a file in this format.
    case export(ExportFormat)
    /// Copy the equivalent `costscope report` command line to the clipboard.
    case copyReportCommand
    /// Open the command menu.
    case openCommandMenu
    /// Show or hide the list of detected spikes, drops, new and stopped spend (`w`).
    case toggleChanges
    case refresh
    case repaint
    case quit
}
