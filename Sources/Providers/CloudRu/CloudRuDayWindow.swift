import CostCore
import Foundation

/// A run of whole UTC days, the unit Cloud.ru bills in (`usedate` is a day's UTC midnight).
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

    /// The window cut into pieces of at most `days` days, in order.
    func split(maxDays days: Int) -> [CloudRuDayWindow] {
        stride(from: firstDay, through: lastDay, by: max(1, days)).map {
            CloudRuDayWindow(firstDay: $0, lastDay: min(lastDay, $0 + max(1, days) - 1))
        }
    }

    /// `start_date`: the first day's midnight.
    var startParameter: String { RFC3339.text(Self.midnight(firstDay)) }
    /// `end_date`: the last day's midnight (the API includes the day stamped at `end_date`).
    var endParameter: String { RFC3339.text(Self.midnight(lastDay)) }

    /// A day's UTC midnight.
    static func midnight(_ day: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(day) * 86_400) }
}
