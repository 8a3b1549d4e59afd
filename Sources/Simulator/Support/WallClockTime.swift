/// A naive ("wall clock") date-time without a zone, with one-second resolution.
///
/// Stored as seconds since 1970-01-01T00:00:00 *on the same wall clock*; converting to a UTC
/// instant is a matter of subtracting the zone's offset (for Moscow, three hours, no DST).
struct WallClockTime: Hashable, Comparable, Sendable {
    /// Seconds since 1970-01-01T00:00:00 on this wall clock.
    var seconds: Int64

    /// Moscow time is UTC+3 all year round.
    static let moscowOffsetSeconds: Int64 = 3 * 3600

    init(seconds: Int64) {
        self.seconds = seconds
    }

    /// The Moscow wall-clock time of a UTC instant given in Unix seconds.
    init(moscowFromUTCSeconds utcSeconds: Int64) {
        self.seconds = utcSeconds + Self.moscowOffsetSeconds
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SS`, rejecting impossible dates and times.
    init?(parsing text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return nil }
        func number(_ start: Int, _ length: Int) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[start..<start + length] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilCalendar.dayNumber(year: year, month: month, day: day)
        self.seconds = days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// The UTC instant (Unix seconds) of this Moscow wall-clock time.
    var utcSecondsFromMoscow: Int64 { seconds - Self.moscowOffsetSeconds }

    /// Days since 1970-01-01 on this wall clock.
    var dayNumber: Int64 { CivilCalendar.floorDivide(seconds, 86_400) }

    /// The start of the period containing this time; `.all` has no boundaries and returns `nil`.
    func start(of period: CalendarPeriod) -> WallClockTime? {
        let day = dayNumber
        switch period {
        case .hour:
            return WallClockTime(seconds: CivilCalendar.floorDivide(seconds, 3600) * 3600)
        case .day:
            return WallClockTime(seconds: day * 86_400)
        case .week:
            return WallClockTime(seconds: (day - CivilCalendar.daysSinceMonday(dayNumber: day)) * 86_400)
        case .month:
            let date = CivilCalendar.date(dayNumber: day)
            return WallClockTime(seconds: CivilCalendar.dayNumber(year: date.year, month: date.month, day: 1) * 86_400)
        case .year:
            let date = CivilCalendar.date(dayNumber: day)
            return WallClockTime(seconds: CivilCalendar.dayNumber(year: date.year, month: 1, day: 1) * 86_400)
        case .all:
            return nil
        }
    }

    /// Appends `YYYY-MM-DDTHH:MM:SS` as UTF-8 bytes.
    func append(to bytes: inout [UInt8]) {
        let date = CivilCalendar.date(dayNumber: dayNumber)
        let secondOfDay = seconds - dayNumber * 86_400
        func pad(_ value: Int64, _ width: Int) {
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        pad(date.year, 4)
        bytes.append(UInt8(ascii: "-"))
        pad(date.month, 2)
        bytes.append(UInt8(ascii: "-"))
        pad(date.day, 2)
        bytes.append(UInt8(ascii: "T"))
        pad(secondOfDay / 3600, 2)
        bytes.append(UInt8(ascii: ":"))
        pad(secondOfDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        pad(secondOfDay % 60, 2)
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(19)
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func < (lhs: WallClockTime, rhs: WallClockTime) -> Bool {
        lhs.seconds < rhs.seconds
    }
}
