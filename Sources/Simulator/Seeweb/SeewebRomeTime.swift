/// Italian civil time (`Europe/Rome`) by the European Union's summer-time rule, in integer
/// arithmetic so the simulator answers identically on every platform and tz database.
///
/// Central European Time is UTC+1; summer time (UTC+2) runs from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October (the rule in force since 1996). The
/// simulated Seeweb account cuts its billing months at Italian midnight.
enum SeewebRomeTime {
    /// UTC+1, Central European Time.
    static let standardOffsetSeconds: Int64 = 3_600
    /// UTC+2, Central European Summer Time.
    static let summerOffsetSeconds: Int64 = 7_200

    /// The offset from UTC in force at the UTC instant `utcSeconds` (Unix seconds).
    static func offsetSeconds(utcSeconds: Int64) -> Int64 {
        let day = CivilCalendar.floorDivide(utcSeconds, 86_400)
        let year = CivilCalendar.date(dayNumber: day).year
        let summerStart = lastSunday(year: year, month: 3) * 86_400 + 3_600
        let summerEnd = lastSunday(year: year, month: 10) * 86_400 + 3_600
        return (summerStart..<summerEnd).contains(utcSeconds) ? summerOffsetSeconds : standardOffsetSeconds
    }

    /// The UTC instant (Unix seconds) of Italian midnight starting the 1st of `month` in `year`.
    ///
    /// Summer time always starts before 1 April and ends before 1 November, so months April to
    /// October start in summer time and the others in standard time.
    static func monthStartSeconds(year: Int64, month: Int64) -> Int64 {
        let offset = (4...10).contains(month) ? summerOffsetSeconds : standardOffsetSeconds
        return CivilCalendar.dayNumber(year: year, month: month, day: 1) * 86_400 - offset
    }

    /// The Italian calendar month containing the UTC instant `utcSeconds`.
    static func month(containingUTCSeconds utcSeconds: Int64) -> (year: Int64, month: Int64) {
        let local = utcSeconds + offsetSeconds(utcSeconds: utcSeconds)
        let date = CivilCalendar.date(dayNumber: CivilCalendar.floorDivide(local, 86_400))
        return (date.year, date.month)
    }

    /// The day number of the last Sunday of a month.
    private static func lastSunday(year: Int64, month: Int64) -> Int64 {
        let last = CivilCalendar.dayNumber(
            year: year, month: month, day: CivilCalendar.daysInMonth(year: year, month: month))
        // 1970-01-01 was a Thursday: day numbers ≡ 3 (mod 7) are Sundays.
        let sinceSunday = (last - 3) % 7
        return last - (sinceSunday < 0 ? sinceSunday + 7 : sinceSunday)
    }
}
