import CostCore
import Foundation

/// One line of a report group's series: the money of one currency in one bucket of the
/// report's granularity, or a whole bill that is longer than a bucket.
///
/// Some spend is only known per month (Seeweb, F5's closed months) or per day (Cloud.ru in an
/// hourly report). Spreading it over smaller buckets would invent a shape nobody billed, and
/// leaving it out would make the series sum short of the group's amount; so such a bill is
/// its own line over its own period, marked by ``bill``. The lines of a group always add up,
/// per currency, to the group's amount.
public struct ReportSeriesPoint: Sendable, Equatable {
    /// How long a bill kept whole is.
    public enum Bill: String, Sendable, Equatable {
        case daily, weekly, monthly
        /// Any other length (two days, a quarter).
        case other

        /// The bill for a period of `duration` seconds.
        init(duration: TimeInterval) {
            let hour: TimeInterval = 3_600
            let day = 24 * hour
            switch duration {
            case (day - 2 * hour)...(day + 2 * hour): self = .daily
            case (7 * day - 2 * hour)...(7 * day + 2 * hour): self = .weekly
            case (28 * day - 2 * hour)...(31 * day + 2 * hour): self = .monthly
            default: self = .other
            }
        }

        /// Whether a record billed over `period` is longer than one bucket of `granularity`
        /// (a day's length varies by an hour with daylight saving, a month's by three days).
        static func isLonger(_ period: DateRange, than granularity: Granularity) -> Bool {
            let hour: TimeInterval = 3_600
            let longest: TimeInterval =
                switch granularity {
                case .hour: hour + 1
                case .day: 25 * hour
                case .week: 7 * 24 * hour + hour
                case .month: 31 * 24 * hour + hour
                }
            return period.duration > longest
        }
    }

    /// Where the line starts (a bucket boundary, or the bill's start).
    public var start: Date
    /// Where it ends.
    public var end: Date
    /// The amount, exact.
    public var amount: Money
    /// Nil for a bucket of the report's granularity; otherwise the length of the bill kept whole.
    public var bill: Bill?

    public init(start: Date, end: Date, amount: Money, bill: Bill? = nil) {
        self.start = start
        self.end = end
        self.amount = amount
        self.bill = bill
    }

    /// The word scripts read in the `bucket` field: the granularity (`day`) for a bucket, or
    /// `daily-bill`, `weekly-bill`, `monthly-bill`, `bill` for a bill kept whole.
    public func bucketWord(_ granularity: Granularity) -> String {
        guard let bill else { return granularity.rawValue }
        return bill == .other ? "bill" : bill.rawValue + "-bill"
    }

    /// The period as people read it in `zone`: `2026-11-05` (with ` 13:00` for hours), or a
    /// bill: `2026-10 (monthly bill)`, `2026-11-05 (daily bill)`, `2026-11-02 – 2026-11-08 (weekly bill)`.
    public func periodText(_ granularity: Granularity, zone: TimeZone) -> String {
        func civil(_ date: Date) -> CivilDateTime {
            CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date))
        }
        guard let bill else {
            let first = civil(start)
            guard granularity == .hour else { return first.dateText }
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return first.dateText + " " + two(first.hour) + ":" + two(first.minute)
        }
        // A month billed in another zone (Seeweb's Italian months) starts the evening before in
        // UTC; its middle names the month in any zone.
        let middle = civil(start.addingTimeInterval(end.timeIntervalSince(start) / 2))
        switch bill {
        case .monthly: return String(middle.dateText.prefix(7)) + " (monthly bill)"
        case .daily: return middle.dateText + " (daily bill)"
        case .weekly, .other:
            let words = bill == .weekly ? "weekly bill" : "bill"
            return civil(start).dateText + " – " + civil(end.addingTimeInterval(-1)).dateText + " (\(words))"
        }
    }
}
