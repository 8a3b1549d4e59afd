import CostCore
import Foundation

/// The statistics window of a request, from `period[startdate]`, `period[enddate]` and
/// `period[use_local_time]`.
///
/// - Dates are `YYYY-MM-DD hh:mm:ss` (also `YYYY-MM-DDThh:mm:ss` or a bare `YYYY-MM-DD`,
///   meaning midnight); anything else is 422 with a Rails-style `errors` body.
/// - They are UTC unless `period[use_local_time]` is `1` (or `true`), in which case they are
///   wall-clock times of the user's zone (``OnAppUserZone``).
/// - The window includes both ends (rows with `startdate <= stat_time <= enddate`, like SQL
///   `BETWEEN`). Without `startdate` it starts three calendar months before "now"; without
///   `enddate` it ends at "now". An end before the start selects nothing.
struct OnAppPeriod: Sendable, Equatable {
    /// The earliest `stat_time` served, in seconds since 1970.
    let firstSecond: Int64
    /// The latest `stat_time` served, in seconds since 1970.
    let lastSecond: Int64

    /// The parameter names, as Rack spells them after decoding.
    static let startName = "period[startdate]"
    static let endName = "period[enddate]"
    static let localTimeName = "period[use_local_time]"

    init(firstSecond: Int64, lastSecond: Int64) {
        self.firstSecond = firstSecond
        self.lastSecond = lastSecond
    }

    /// Reads the window from `query` as seen at `nowSecond`.
    init(query: OnAppQuery, nowSecond: Int64) throws(OnAppFailure) {
        let local = query.value(Self.localTimeName).map { ["1", "true"].contains($0.lowercased()) } ?? false
        let start = try Self.instant(query, Self.startName, field: "startdate", local: local)
        let end = try Self.instant(query, Self.endName, field: "enddate", local: local)
        self.init(firstSecond: start ?? Self.threeMonthsBefore(nowSecond), lastSecond: end ?? nowSecond)
    }

    /// The instant (seconds since 1970) three calendar months before `second`, at the same UTC
    /// wall-clock time, the day clamped to the shorter month.
    static func threeMonthsBefore(_ second: Int64) -> Int64 {
        let day = CivilCalendar.floorDivide(second, 86_400)
        let timeOfDay = second - day * 86_400
        let date = CivilCalendar.date(dayNumber: day)
        let monthIndex = date.year * 12 + (date.month - 1) - 3
        let year = CivilCalendar.floorDivide(monthIndex, 12)
        let month = monthIndex - year * 12 + 1
        let clampedDay = min(date.day, CivilCalendar.daysInMonth(year: year, month: month))
        return CivilCalendar.dayNumber(year: year, month: month, day: clampedDay) * 86_400 + timeOfDay
    }

    /// The parameter `name` as an instant, nil when absent.
    private static func instant(_ query: OnAppQuery, _ name: String, field: String, local: Bool)
        throws(OnAppFailure) -> Int64?
    {
        guard let text = query.value(name) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let civil = CivilDateTime(parsing: trimmed), civil.second < 60, civil.year >= 1970 else {
            throw OnAppFailure.unprocessable(field: field, "is not a valid date and time (YYYY-MM-DD hh:mm:ss)")
        }
        let days = Int64(CivilDateTime.daysFromEpoch(year: civil.year, month: civil.month, day: civil.day))
        let wallClock = days * 86_400 + Int64(civil.hour * 3_600 + civil.minute * 60 + civil.second)
        return local ? OnAppUserZone.utcSecond(fromLocal: wallClock) : wallClock
    }
}
