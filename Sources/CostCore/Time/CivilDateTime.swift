import Foundation

/// A calendar date and wall-clock time with no zone attached (proleptic
/// Gregorian), as providers send it. Parsed and formatted by hand: Foundation
/// date formatters are far too slow for hundreds of thousands of rows.
public struct CivilDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// Creates a civil date-time; fields are not range-checked here (see ``isValid``).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Whether every field is in range for its calendar month.
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= CivilDateTime.daysIn(year: year, month: month)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD HH:MM:SS`,
    /// ignoring a trailing `Z`, fractional seconds or a `+00:00` style offset
    /// only when `allowSuffix` is true. Returns nil when malformed or out of range.
    public init?(parsing text: some StringProtocol, allowSuffix: Bool = false) {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for index in start..<(start + count) {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 19,
                bytes[13] == 0x3A, bytes[16] == 0x3A,
                let parsedHour = number(11, 2), let parsedMinute = number(14, 2), let parsedSecond = number(17, 2)
            else { return nil }
            hour = parsedHour
            minute = parsedMinute
            second = parsedSecond
            if bytes.count > 19 && !allowSuffix { return nil }
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard isValid else { return nil }
    }

    /// The instant this wall-clock time denotes at a fixed UTC offset (in seconds).
    public func date(utcOffsetSeconds: Int) -> Date {
        let days = CivilDateTime.daysFromEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - utcOffsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The wall-clock time of `date` at a fixed UTC offset (in seconds).
    public init(_ date: Date, utcOffsetSeconds: Int) {
        let total = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        var days = total / 86_400
        var rest = total % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (year, month, day) = CivilDateTime.civil(fromDays: days)
        self.init(year: year, month: month, day: day, hour: rest / 3_600, minute: rest % 3_600 / 60, second: rest % 60)
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var description: String { isoText(separator: "T") }

    /// `YYYY-MM-DD` followed by `separator` and `HH:MM:SS`.
    public func isoText(separator: String) -> String {
        dateText + separator + pad(hour) + ":" + pad(minute) + ":" + pad(second)
    }

    /// `YYYY-MM-DD`.
    public var dateText: String {
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + pad(month) + "-" + pad(day)
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 for a civil date (era-based day counting).
    public static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
