import Foundation

/// Consecutive flagged buckets of one series with the same ``ChangeLabel``, merged.
public struct ChangeEvent: Hashable, Sendable {
    /// What kind of change.
    public var label: ChangeLabel
    /// Index of the first flagged bucket in the series.
    public var firstIndex: Int
    /// Index of the last flagged bucket in the series.
    public var lastIndex: Int
    /// The period of the first flagged bucket.
    public var firstPeriod: DateRange
    /// The period of the last flagged bucket.
    public var lastPeriod: DateRange
    /// Flagged buckets with data (gaps between them are skipped, not counted).
    public var bucketCount: Int
    /// The expected amount per bucket: the median of the window before the first flagged bucket.
    public var baseline: Amount
    /// The actual amount summed over the flagged buckets.
    public var actual: Amount

    public init(
        label: ChangeLabel, firstIndex: Int, lastIndex: Int, firstPeriod: DateRange, lastPeriod: DateRange,
        bucketCount: Int, baseline: Amount, actual: Amount
    ) {
        self.label = label
        self.firstIndex = firstIndex
        self.lastIndex = lastIndex
        self.firstPeriod = firstPeriod
        self.lastPeriod = lastPeriod
        self.bucketCount = bucketCount
        self.baseline = baseline
        self.actual = actual
    }

    /// From the start of the first flagged bucket to the end of the last.
    public var period: DateRange { DateRange(start: firstPeriod.start, end: lastPeriod.end) }

    /// The baseline over all flagged buckets: ``baseline`` × ``bucketCount``.
    public var expected: Amount { Amount(units: baseline.units * Int128(bucketCount)) }

    /// Δ = ``actual`` − ``baseline`` × ``bucketCount``; exact.
    public var delta: Amount { actual - expected }

    /// Δ in percent of the expected amount; nil when the baseline is zero.
    public var deltaPercent: Double? { delta.ratio(to: expected).map { $0 * 100 } }

    /// Whether the two events share at least one instant.
    public func overlaps(_ other: ChangeEvent) -> Bool { period.overlaps(other.period) }
}
