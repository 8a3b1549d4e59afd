import CostCore
import Foundation

/// A run of whole calendar days, the unit Cloud.ru bills in. Days are numbered from 1970-01-01;
/// which instants belong to a day is ``CloudRuUseDay``'s rule.
struct CloudRuDayWindow: Sendable, Hashable {
    /// The first day, as days since 1970-01-01.
    var firstDay: Int
    /// The last day included.
    var lastDay: Int

    /// The days whose middle (noon UTC) lies in `range`, or nil when there are none: the
    /// days the explorer counts in that range.
    init?(covering range: DateRange) {
        let start = range.start.timeIntervalSince1970 - 43_200
        let end = range.end.timeIntervalSince1970 - 43_200
        let first = Int((start / 86_400).rounded(.up))
        let last = Int(((end / 86_400).rounded(.up))) - 1
        guard first <= last else { return nil }
        firstDay = first
        lastDay = last
    }

    init(firstDay: Int, lastDay: Int) {
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// How many days the window holds.
    var dayCount: Int { lastDay - firstDay + 1 }

    /// Whether `day` is one of the window's days.
    func contains(_ day: Int) -> Bool { day >= firstDay && day <= lastDay }

    /// The window cut into pieces of at most `days` days, in order.
    func split(maxDays days: Int) -> [CloudRuDayWindow] {
        stride(from: firstDay, through: lastDay, by: max(1, days)).map {
            CloudRuDayWindow(firstDay: $0, lastDay: min(lastDay, $0 + max(1, days) - 1))
        }
    }

    /// The window in two halves (the first one the longer), or nil for a single day.
    func halves() -> (CloudRuDayWindow, CloudRuDayWindow)? {
        guard dayCount > 1 else { return nil }
        let middle = firstDay + (dayCount + 1) / 2
        return (
            CloudRuDayWindow(firstDay: firstDay, lastDay: middle - 1),
            CloudRuDayWindow(firstDay: middle, lastDay: lastDay)
        )
    }

    /// `start_date`: the first moment of the first day, by UTC or by `zone`, whichever is earlier,
    /// so a row stamped at either midnight is asked for.
    func startParameter(zone: TimeZone) -> String {
        RFC3339.text(min(Self.midnight(firstDay), Self.midnight(firstDay, in: zone)))
    }

    /// `end_date`: the first moment of the day after the last, by UTC or by `zone`, whichever is
    /// later. The documents do not say whether `end_date`'s day is included; asking through the
    /// next day and keeping only the window's rows is right either way.
    func endParameter(zone: TimeZone) -> String {
        RFC3339.text(max(Self.midnight(lastDay + 1), Self.midnight(lastDay + 1, in: zone)))
    }

    /// A day's UTC midnight.
    static func midnight(_ day: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(day) * 86_400) }

    /// A day's midnight in `zone`, with the zone's offset at that moment.
    static func midnight(_ day: Int, in zone: TimeZone) -> Date {
        let utc = midnight(day)
        let guess = utc.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: utc)))
        return utc.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: guess)))
    }
}
