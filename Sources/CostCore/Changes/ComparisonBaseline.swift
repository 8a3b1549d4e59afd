import Foundation

/// Which earlier range a ``PeriodComparison`` compares a range with.
public enum ComparisonBaseline: String, CaseIterable, Sendable, Hashable {
    /// The range of the same length just before (see ``DateRange/shifted(by:in:)``).
    case previous
    /// The same days one calendar month earlier (1–20 November → 1–20 October); a day that
    /// does not exist in the shorter month ends at that month's last day.
    case lastMonth = "last-month"

    /// The earlier range for `range`, with day boundaries in `zone`.
    public func range(before range: DateRange, in zone: TimeZone) -> DateRange {
        switch self {
        case .previous:
            return range.shifted(by: -1, in: zone)
        case .lastMonth:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            guard let start = calendar.date(byAdding: .month, value: -1, to: range.start),
                let end = calendar.date(byAdding: .month, value: -1, to: range.end)
            else { return range.shifted(by: -1, in: zone) }
            return DateRange(start: start, end: end)
        }
    }
}
