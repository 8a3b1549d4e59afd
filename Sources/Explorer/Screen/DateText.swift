import CostCore
import Foundation

/// Dates and ranges as the explorer shows them, in the view's zone.
enum DateText {
    static func civil(_ date: Date, zone: TimeZone) -> CivilDateTime {
        CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date))
    }

    /// `2026-10-24 – 2026-11-22` (inclusive days) for a day-aligned range.
    static func range(_ range: DateRange, zone: TimeZone, ascii: Bool) -> String {
        let first = civil(range.start, zone: zone).dateText
        let last = civil(range.end.addingTimeInterval(-1), zone: zone).dateText
        return first == last ? first : first + (ascii ? " - " : " – ") + last
    }

    /// A short axis label for a bucket start.
    static func axis(_ date: Date, granularity: Granularity, zone: TimeZone) -> String {
        let value = civil(date, zone: zone)
        let text = value.dateText
        switch granularity {
        case .hour: return String(text.dropFirst(5)) + " " + (value.hour < 10 ? "0" : "") + "\(value.hour):00"
        case .day, .week: return String(text.dropFirst(5))
        case .month: return String(text.prefix(7))
        }
    }
}
