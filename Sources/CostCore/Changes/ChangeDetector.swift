/// Finds unusual buckets in one series with robust statistics, and merges them into events.
///
/// Method (per bucket, oldest first):
///
/// - Only *usable* buckets take part: those with data (nil is a gap, skipped, never read as
///   zero) that are complete (incomplete buckets — the current day — are skipped unless
///   `includeIncomplete` is set).
/// - **Baseline** of bucket *i*: the median of the usable buckets among the *W* buckets before
///   it (``ChangeThresholds/window``). **Spread**: their median absolute deviation × 1.4826.
/// - **new**: a run of buckets with spend after a window (before the run) whose buckets with
///   data all had none; the run's buckets are flagged while their own baseline is still zero
///   (a new resource stops being new once it bills in half of the window).
/// - **stopped**: a run of at least two zero buckets after a window with spend in every
///   bucket with data; drops right before the run (a last, partly billed bucket) join it.
/// - **spike** / **drop**: with at least ``ChangeThresholds/minimumHistory`` usable buckets in
///   the window and a positive baseline, `|actual − baseline| > z × spread`, at least
///   ``ChangeThresholds/minimumPercent`` of the baseline and at least
///   ``ChangeThresholds/minimumAmount``. A single zero bucket is never a drop: a series with
///   no record in a bucket reads as zero there, so one missing row would otherwise look like
///   a 100 % drop; zeros are judged only as `stopped`.
/// - **growing**: over the window and the bucket itself, the Theil–Sen slope (median of the
///   pairwise slopes) is positive and its rise across the window is at least the percentage
///   threshold of the first half's median; the bucket is that much above the first half's
///   median (and by the minimum amount); more than half of the steps are non-negative; and
///   no single step makes more than half of the rise (that would be a jump, not a trend).
///
/// `new` and `stopped` take precedence, then `spike` / `drop`, then `growing`. Consecutive
/// flagged buckets with the same label merge into one ``ChangeEvent`` (gaps between them are
/// skipped); its baseline is that of its first bucket, its actual the sum over its buckets.
public enum ChangeDetector {
    /// The merged events of `series`, oldest first.
    public static func events(
        in series: ChangeSeries, thresholds: ChangeThresholds = .standard, includeIncomplete: Bool = false
    ) -> [ChangeEvent] {
        if isSteady(series, thresholds: thresholds, includeIncomplete: includeIncomplete) { return [] }
        var scan = Scan(series: series, thresholds: thresholds, includeIncomplete: includeIncomplete)
        let labels = scan.labels()
        var events: [ChangeEvent] = []
        var current: ChangeEvent?
        for index in scan.usable {
            guard let label = labels[index], let value = series.values[index] else {
                if let finished = current { events.append(finished) }
                current = nil
                continue
            }
            if var open = current, open.label == label {
                open.lastIndex = index
                open.lastPeriod = series.periods[index]
                open.bucketCount += 1
                open.actual += value
                current = open
                continue
            }
            if let finished = current { events.append(finished) }
            current = ChangeEvent(
                label: label, firstIndex: index, lastIndex: index, firstPeriod: series.periods[index],
                lastPeriod: series.periods[index], bucketCount: 1, baseline: scan.baseline(before: index) ?? .zero,
                actual: value)
        }
        if let finished = current { events.append(finished) }
        return events
    }

    /// The label of every bucket (nil where nothing is unusual, and for gaps and skipped buckets).
    public static func labels(
        in series: ChangeSeries, thresholds: ChangeThresholds = .standard, includeIncomplete: Bool = false
    ) -> [ChangeLabel?] {
        var scan = Scan(series: series, thresholds: thresholds, includeIncomplete: includeIncomplete)
        return scan.labels()
    }

    /// The baseline of bucket `index`: the median of the usable buckets among the `window`
    /// before it; nil when there are none.
    public static func baseline(
        at index: Int, in series: ChangeSeries, window: Int = ChangeThresholds.standard.window,
        includeIncomplete: Bool = false
    ) -> Amount? {
        let thresholds = ChangeThresholds(window: window)
        return Scan(series: series, thresholds: thresholds, includeIncomplete: includeIncomplete).baseline(
            before: index)
    }

    /// Whether no label can fire anywhere in `series`, decided without the scan: every usable
    /// value is positive (so nothing is new or stopped) and, in every stretch of `window + 1`
    /// buckets, the largest is less than the smallest plus 47.5 % of it. Every label compares a
    /// value with a median of usable values at most `window` buckets before it, so none can
    /// reach the 50 % ``ChangeThresholds/minimumPercent`` needs (checked for 47.5 % or more; the
    /// margin below 50 % keeps floating-point ratios out of the decision). Most rows of a large
    /// view are steady, and the scan, with its windows and medians per bucket, is what makes
    /// detection cost.
    static func isSteady(_ series: ChangeSeries, thresholds: ChangeThresholds, includeIncomplete: Bool) -> Bool {
        guard thresholds.minimumPercent >= 47.5 else { return false }
        var values: [Int128] = []
        var positions: [Int] = []
        values.reserveCapacity(series.values.count)
        positions.reserveCapacity(series.values.count)
        for index in series.values.indices where includeIncomplete || !series.incomplete[index] {
            guard let value = series.values[index]?.units else { continue }
            if value <= 0 { return false }
            values.append(value)
            positions.append(index)
        }
        var first = 0
        for last in values.indices {
            while positions[last] - positions[first] > thresholds.window { first += 1 }
            var smallest = values[last]
            var largest = values[last]
            for position in first..<last {
                smallest = Swift.min(smallest, values[position])
                largest = Swift.max(largest, values[position])
            }
            if 40 * (largest - smallest) >= 19 * smallest { return false }
        }
        return true
    }
}
