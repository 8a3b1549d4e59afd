import CostCore

/// Calendar arithmetic on day numbers (days since 1970-01-01) in the simulator's
/// 64-bit terms, on top of CostCore's ``CivilDateTime`` day counting: integer
/// maths rather than Foundation's `Calendar`, because the simulator converts
/// dates in hot loops and must give identical answers on every platform.
enum CivilCalendar {
    /// The day number (days since 1970-01-01) of a calendar date.
    static func dayNumber(year: Int64, month: Int64, day: Int64) -> Int64 {
        Int64(CivilDateTime.daysFromEpoch(year: Int(year), month: Int(month), day: Int(day)))
    }

    /// The calendar date of a day number.
    static func date(dayNumber: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let civil = CivilDateTime.civil(fromDays: Int(dayNumber))
        return (Int64(civil.year), Int64(civil.month), Int64(civil.day))
    }

    /// Number of days in a month of a year.
    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        Int64(CivilDateTime.daysIn(year: Int(year), month: Int(month)))
    }

    /// Days since the most recent Monday (0 for Monday ... 6 for Sunday).
    static func daysSinceMonday(dayNumber: Int64) -> Int64 {
        // 1970-01-01 was a Thursday, three days after a Monday.
        let remainder = (dayNumber + 3) % 7
        return remainder < 0 ? remainder + 7 : remainder
    }

    /// Floor division for possibly negative numerators.
    static func floorDivide(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        let quotient = numerator / denominator
        return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient
    }
}
