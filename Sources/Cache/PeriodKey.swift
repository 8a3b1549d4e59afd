import CostCore

/// A period as the whole milliseconds the cache stores for it: a dictionary key that never
/// compares floating-point instants.
public struct PeriodKey: Hashable, Sendable {
    /// The start, in milliseconds since 1970.
    public let start: Int64
    /// The end, in milliseconds since 1970.
    public let end: Int64

    /// The key of `period`.
    public init(_ period: DateRange) {
        start = MillisecondTime.milliseconds(period.start)
        end = MillisecondTime.milliseconds(period.end)
    }
}
