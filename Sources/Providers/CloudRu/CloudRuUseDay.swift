import Foundation

/// Which calendar day a `usedate` belongs to.
///
/// A `usedate` at UTC midnight (`2024-06-01T00:00:00Z`, the documentation's form) is that UTC
/// date. Any other instant (Moscow midnight `2024-05-31T21:00:00Z`, or a time of day) is the
/// date of that instant in the account's zone. Rows of one page mostly share a `usedate`, so
/// the last answer is kept and the zone is consulted once per distinct instant.
public struct CloudRuUseDay: Sendable {
    private let zone: TimeZone
    private var lastInstant: Int64 = .min
    private var lastDay = 0

    /// A rule for an account whose days are `zone`'s.
    public init(zone: TimeZone) {
        self.zone = zone
    }

    /// The day number (days since 1970-01-01) of `date`.
    public mutating func day(of date: Date) -> Int {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        if seconds == lastInstant { return lastDay }
        let day: Int64
        if seconds % 86_400 == 0 {
            day = seconds / 86_400
        } else {
            let local = seconds + Int64(zone.secondsFromGMT(for: date))
            day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        }
        lastInstant = seconds
        lastDay = Int(day)
        return lastDay
    }
}
