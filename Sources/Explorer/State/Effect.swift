import CostCore

/// Work the reducer asks the outside world to do. Effects are data; the
/// executable runs them and feeds results back as ``Action``s.
public enum Effect: Hashable, Sendable {
    /// Fetch `query`; results carry `requestID`.
    case fetch(FetchQuery, requestID: Int)
    /// Stop the fetch with `requestID`; its results, if any, will be dropped.
    case cancel(requestID: Int)
    /// Redraw everything from scratch (Ctrl-L).
    case repaint
    /// Leave the program.
    case quit
    /// Write the view to a file in a format; the result comes back as ``Action/exported(path:)``
    /// or ``Action/exportFailed(_:)``.
    case export(ViewExport, as: ExportFormat)
    /// Put `text` on the clipboard of the terminal the user sits at (OSC 52).
    case copyToClipboard(String)
}
