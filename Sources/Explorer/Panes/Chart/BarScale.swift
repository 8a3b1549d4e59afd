/// What a full-width bar means.
public enum BarScale: String, Sendable, Hashable {
    /// The largest row fills the bar (differences between rows are easiest to see).
    case largestRow
    /// The total fills the bar (each bar is the row's share).
    case total
}
