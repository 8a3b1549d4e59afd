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
}
