/// One series to scan for changes: an amount per time bucket, in one currency.
public struct ChangeSeries: Hashable, Sendable {
    /// The amount of each bucket; nil is a gap (no data at all), which is not the same as zero.
    public var values: [Amount?]
    /// The period of each bucket, oldest first (same count as ``values``).
    public var periods: [DateRange]
    /// Whether each bucket is still incomplete (the current day or hour); incomplete buckets are
    /// neither flagged nor used as baseline unless ``ChangeDetector`` is asked to include them.
    public var incomplete: [Bool]

    /// Creates a series; `incomplete` defaults to every bucket complete.
    public init(values: [Amount?], periods: [DateRange], incomplete: [Bool]? = nil) {
        precondition(values.count == periods.count, "one period per value")
        self.values = values
        self.periods = periods
        self.incomplete = incomplete ?? Array(repeating: false, count: values.count)
        precondition(self.incomplete.count == values.count, "one incomplete flag per value")
    }

    /// The number of buckets.
    public var count: Int { values.count }
}
