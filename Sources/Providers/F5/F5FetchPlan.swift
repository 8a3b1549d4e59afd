import CostCore
import Foundation

/// How a fetch cuts the current billing period into request windows.
///
/// F5's data is aligned to UTC hours, so every window starts and ends on a whole UTC hour:
/// the buckets of the view's granularity in the view's zone, each boundary rounded up to the
/// next whole hour (in zones such as UTC+5:30 a "day" then starts half an hour late, and no
/// hour is ever counted twice or dropped between windows). When that gives more than the
/// allowed number of windows, the next coarser granularity is used (hour → day → week →
/// month). Windows longer than ``maxWindowLength`` are split, because `usage_summary` refuses
/// longer ones.
public enum F5FetchPlan {
    /// The longest window `usage_summary` accepts: 31 days.
    public static let maxWindowLength: TimeInterval = 31 * 86_400

    /// Consecutive whole-hour windows covering `part` (its ends rounded up to whole hours).
    public static func windows(
        covering part: DateRange, granularity: Granularity, zone: TimeZone, maxWindows: Int
    ) -> [DateRange] {
        let aligned = DateRange(start: ceilingHour(part.start), end: ceilingHour(part.end))
        guard !aligned.isEmpty else { return [] }
        var level = granularity
        while true {
            let boundaries = level.boundaries(of: aligned, in: zone).map(ceilingHour)
            var windows: [DateRange] = []
            for (start, end) in zip(boundaries, boundaries.dropFirst()) where start < end {
                windows += pieces(of: DateRange(start: start, end: end))
            }
            guard windows.count > maxWindows, let coarser = coarser(than: level) else { return windows }
            level = coarser
        }
    }

    /// The first whole UTC hour at or after `date`.
    static func ceilingHour(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 3_600).rounded(.up) * 3_600)
    }

    /// `window` in pieces of at most ``maxWindowLength``, the longest `usage_summary` accepts
    /// (a closed month is one piece).
    static func pieces(of window: DateRange) -> [DateRange] {
        var pieces: [DateRange] = []
        var start = window.start
        while start < window.end {
            let end = min(window.end, start.addingTimeInterval(maxWindowLength))
            pieces.append(DateRange(start: start, end: end))
            start = end
        }
        return pieces
    }

    private static func coarser(than granularity: Granularity) -> Granularity? {
        switch granularity {
        case .hour: .day
        case .day: .week
        case .week: .month
        case .month: nil
        }
    }
}
