import Foundation

/// Seeweb's timestamps: UTC instants written the way Python's `isoformat()` writes them,
/// `2024-04-23T10:06:22.973332+00:00`, kept in the simulator as Unix microseconds.
enum SeewebTimestamp {
    /// Microseconds in one hour.
    static let microsPerHour: Int64 = 3_600_000_000
    /// Microseconds in one day.
    static let microsPerDay: Int64 = 86_400_000_000

    /// The Unix microseconds of `date`, rounded down.
    static func micros(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
    }

    /// The instant of `micros` as a `Date`.
    static func date(_ micros: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(micros) / 1_000_000)
    }

    /// The same UTC wall-clock time `months` calendar months later (or earlier, when
    /// negative); a day that does not exist in the target month becomes its last day.
    static func adding(months: Int64, to micros: Int64) -> Int64 {
        let day = CivilCalendar.floorDivide(micros, microsPerDay)
        let timeOfDay = micros - day * microsPerDay
        let date = CivilCalendar.date(dayNumber: day)
        let monthIndex = date.year * 12 + (date.month - 1) + months
        let year = CivilCalendar.floorDivide(monthIndex, 12)
        let month = monthIndex - year * 12 + 1
        let targetDay = min(date.day, CivilCalendar.daysInMonth(year: year, month: month))
        return CivilCalendar.dayNumber(year: year, month: month, day: targetDay) * microsPerDay + timeOfDay
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffff+00:00`.
    static func text(_ micros: Int64) -> String {
        let day = CivilCalendar.floorDivide(micros, microsPerDay)
        let date = CivilCalendar.date(dayNumber: day)
        let rest = micros - day * microsPerDay
        let seconds = rest / 1_000_000
        return pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2) + "T"
            + pad(seconds / 3_600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2) + "."
            + pad(rest % 1_000_000, 6) + "+00:00"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
