import CostCore
import Foundation

/// Names the days missing from the cache, for `--offline` errors.
enum OfflineGaps {
    /// `2026-11-03 – 2026-11-05, 2026-11-09 (Europe/Moscow)`: runs of consecutive days in `zone`.
    static func describe(_ days: [DateRange], in zone: TimeZone) -> String {
        var runs: [(first: DateRange, last: DateRange)] = []
        for day in days {
            if let last = runs.last, last.last.end == day.start {
                runs[runs.count - 1].last = day
            } else {
                runs.append((day, day))
            }
        }
        let texts = runs.map { run in
            let first = dayText(run.first.start, zone)
            let last = dayText(run.last.start, zone)
            return first == last ? first : "\(first) – \(last)"
        }
        let zoneName = zone.identifier == "GMT" ? "UTC" : zone.identifier
        return texts.joined(separator: ", ") + " (\(zoneName))"
    }

    private static func dayText(_ date: Date, _ zone: TimeZone) -> String {
        CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date)).dateText
    }
}
