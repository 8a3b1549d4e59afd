import Foundation

/// A named date range relative to "now", computed in a time zone.
///
/// Ranges are whole calendar days in that zone. Presets that include today end
/// at the start of tomorrow; the part after "now" simply has no data yet, and
/// ``DateRange/isIncomplete(now:)`` tells the UI to mark it.
public enum DatePreset: String, CaseIterable, Sendable, Hashable {
    case today
    case yesterday
    case last7Days = "last-7-days"
    case last30Days = "last-30-days"
    case monthToDate = "month-to-date"
    case lastMonth = "last-month"
    case quarterToDate = "quarter-to-date"
    case yearToDate = "year-to-date"

    /// A short human name, e.g. `Last 7 days`.
    public var title: String {
        switch self {
        case .today: "Today"
        case .yesterday: "Yesterday"
        case .last7Days: "Last 7 days"
        case .last30Days: "Last 30 days"
        case .monthToDate: "Month to date"
        case .lastMonth: "Last month"
        case .quarterToDate: "Quarter to date"
        case .yearToDate: "Year to date"
        }
    }

    /// The range this preset denotes at `now`, with day boundaries in `zone`.
    public func range(now: Date, in zone: TimeZone) -> DateRange {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let today = calendar.startOfDay(for: now)
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: today)!
        func daysBack(_ count: Int) -> Date { calendar.date(byAdding: .day, value: -count, to: today)! }
        let parts = calendar.dateComponents([.year, .month], from: now)
        let monthStart = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: 1))!
        switch self {
        case .today:
            return DateRange(start: today, end: tomorrow)
        case .yesterday:
            return DateRange(start: daysBack(1), end: today)
        case .last7Days:
            return DateRange(start: daysBack(6), end: tomorrow)
        case .last30Days:
            return DateRange(start: daysBack(29), end: tomorrow)
        case .monthToDate:
            return DateRange(start: monthStart, end: tomorrow)
        case .lastMonth:
            let previous = calendar.date(byAdding: .month, value: -1, to: monthStart)!
            return DateRange(start: previous, end: monthStart)
        case .quarterToDate:
            let quarterMonth = ((parts.month ?? 1) - 1) / 3 * 3 + 1
            let start = calendar.date(from: DateComponents(year: parts.year, month: quarterMonth, day: 1))!
            return DateRange(start: start, end: tomorrow)
        case .yearToDate:
            let start = calendar.date(from: DateComponents(year: parts.year, month: 1, day: 1))!
            return DateRange(start: start, end: tomorrow)
        }
    }
}

extension DateRange {
    /// Whether part of the range lies at or after `now`, so its data is still partial.
    public func isIncomplete(now: Date) -> Bool { end > now }
}
