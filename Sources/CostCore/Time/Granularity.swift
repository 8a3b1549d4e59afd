import Foundation

/// The size of a time bucket.
public enum Granularity: String, CaseIterable, Sendable, Hashable {
    case hour, day, week, month

    /// The human name, e.g. `day`.
    public var label: String { rawValue }

    /// Consecutive bucket boundaries covering `range`, aligned to this
    /// granularity in `zone` (weeks start on Monday). The first bucket starts at
    /// `range.start` even when that is not aligned; the last ends at `range.end`.
    public func boundaries(of range: DateRange, in zone: TimeZone) -> [Date] {
        guard !range.isEmpty else { return [range.start] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        calendar.firstWeekday = 2
        var result = [range.start]
        var cursor = alignedStart(of: range.start, calendar: calendar)
        while true {
            guard let next = advance(cursor, calendar: calendar) else { break }
            cursor = next
            if cursor >= range.end { break }
            if cursor > range.start { result.append(cursor) }
        }
        result.append(range.end)
        return result
    }

    private func alignedStart(of date: Date, calendar: Calendar) -> Date {
        switch self {
        case .hour:
            return calendar.dateInterval(of: .hour, for: date)?.start ?? date
        case .day:
            return calendar.startOfDay(for: date)
        case .week:
            return calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? calendar.startOfDay(for: date)
        case .month:
            return calendar.dateInterval(of: .month, for: date)?.start ?? calendar.startOfDay(for: date)
        }
    }

    private func advance(_ date: Date, calendar: Calendar) -> Date? {
        switch self {
        case .hour: date.addingTimeInterval(3_600)
        case .day: calendar.date(byAdding: .day, value: 1, to: date)
        case .week: calendar.date(byAdding: .day, value: 7, to: date)
        case .month: calendar.date(byAdding: .month, value: 1, to: date)
        }
    }
}
