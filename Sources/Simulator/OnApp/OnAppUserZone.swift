/// The simulated user's time zone, Europe/Amsterdam, computed by hand so that the answer never
/// depends on the host's time zone database: CET (UTC+1) in winter, CEST (UTC+2) from 01:00 UTC
/// on the last Sunday of March to 01:00 UTC on the last Sunday of October (the EU rule in force
/// since 1996).
///
/// `period[use_local_time]=1` makes the simulator read `period[startdate]`/`period[enddate]` as
/// wall-clock times in this zone. A wall-clock time that happens twice (the autumn change) is
/// read as the earlier instant; one that never happens (the spring gap) is read with the
/// winter offset, i.e. as the instant an hour later on the summer clock, as ActiveSupport does.
enum OnAppUserZone {
    /// The IANA name of the zone.
    static let identifier = "Europe/Amsterdam"

    /// The UTC offset in seconds at the UTC instant `utcSecond` (seconds since 1970).
    static func offsetSeconds(atUTC utcSecond: Int64) -> Int64 {
        let day = CivilCalendar.floorDivide(utcSecond, 86_400)
        let year = CivilCalendar.date(dayNumber: day).year
        let summerStart = lastSunday(year: year, month: 3) * 86_400 + 3_600
        let summerEnd = lastSunday(year: year, month: 10) * 86_400 + 3_600
        return utcSecond >= summerStart && utcSecond < summerEnd ? 7_200 : 3_600
    }

    /// The UTC instant (seconds since 1970) of a wall-clock time in the zone, given as seconds
    /// since 1970-01-01T00:00:00 on that wall clock.
    static func utcSecond(fromLocal localSecond: Int64) -> Int64 {
        let summer = localSecond - 7_200
        if offsetSeconds(atUTC: summer) == 7_200 { return summer }
        return localSecond - 3_600
    }

    /// The day number (days since 1970) of the last Sunday of a month.
    private static func lastSunday(year: Int64, month: Int64) -> Int64 {
        let lastDay = CivilCalendar.dayNumber(
            year: year, month: month, day: CivilCalendar.daysInMonth(year: year, month: month))
        return lastDay - (CivilCalendar.daysSinceMonday(dayNumber: lastDay) + 1) % 7
    }
}
