import Foundation

/// One billing month of the simulated Seeweb account: a calendar month in Italian time
/// (`Europe/Rome`), the grain of `GET /ecs/v2/billing/{servers,templates}/{year}/{month}`.
public struct SeewebMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int

    /// The month, or nil unless `month` is 1...12 and `year` is 1970...9999.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1970...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// The Italian month containing the instant `date`.
    public init(containing date: Date) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let found = SeewebRomeTime.month(containingUTCSeconds: seconds)
        self.year = Int(found.year)
        self.month = Int(found.month)
    }

    /// Italian midnight starting the month, as a UTC instant.
    public var start: Date { Date(timeIntervalSince1970: TimeInterval(startSeconds)) }

    /// Italian midnight starting the next month, as a UTC instant (exclusive end).
    public var end: Date { next.start }

    /// The following month.
    public var next: SeewebMonth {
        month == 12 ? SeewebMonth(unchecked: year + 1, 1) : SeewebMonth(unchecked: year, month + 1)
    }

    /// The preceding month.
    public var previous: SeewebMonth {
        month == 1 ? SeewebMonth(unchecked: year - 1, 12) : SeewebMonth(unchecked: year, month - 1)
    }

    /// `2026-03`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// Orders chronologically.
    public static func < (lhs: SeewebMonth, rhs: SeewebMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// The start in Unix seconds.
    var startSeconds: Int64 { SeewebRomeTime.monthStartSeconds(year: Int64(year), month: Int64(month)) }

    /// The start in Unix microseconds.
    var startMicros: Int64 { startSeconds * 1_000_000 }

    /// The exclusive end in Unix microseconds.
    var endMicros: Int64 { next.startMicros }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }
}
