import CostCore
import Foundation

/// Selectel's datetimes: naive wall-clock times in the account's zone, converted with the
/// zone's rules at each instant (a zone with daylight saving changes its offset mid-range).
public struct SelectelTime: Sendable {
    /// The zone naive datetimes are in.
    public let zone: TimeZone

    public init(zone: TimeZone) {
        self.zone = zone
    }

    /// The instant of a naive wall-clock time in ``zone``. A time repeated when clocks go back
    /// is read as its later occurrence; a time skipped when they go forward is read with the
    /// offset in force after the change. Either way the row keeps its money and one instant.
    public func instant(_ civil: CivilDateTime) -> Date {
        let asUTC = civil.date(utcOffsetSeconds: 0)
        let first = zone.secondsFromGMT(for: asUTC)
        let candidate = asUTC.addingTimeInterval(-TimeInterval(first))
        let second = zone.secondsFromGMT(for: candidate)
        guard second != first else { return candidate }
        let adjusted = asUTC.addingTimeInterval(-TimeInterval(second))
        return zone.secondsFromGMT(for: adjusted) == second ? adjusted : candidate
    }

    /// The naive wall-clock time of `date` in ``zone``.
    public func civil(_ date: Date) -> CivilDateTime {
        CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date))
    }

    /// The instant a `period` denotes: a naive `YYYY-MM-DDTHH:MM:SS` in ``zone``, or the same
    /// with fractional seconds, `Z` or a UTC offset (then the offset given is used); nil when
    /// it is none of these.
    public func period(_ text: String) -> Date? {
        if let instant = RFC3339.instant(text) { return instant }
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, let civil = CivilDateTime(parsing: String(decoding: bytes[0..<19], as: UTF8.self))
        else { return nil }
        guard bytes.count > 19 else { return instant(civil) }
        // Fractional seconds without a zone: still the account's wall clock.
        guard bytes[19] == UInt8(ascii: "."), bytes.count > 20,
            bytes[20...].allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        return instant(civil)
    }

    /// The start of the next day after the one starting at `dayStart`, in ``zone``.
    public func nextDay(after dayStart: Date) -> Date {
        let day = civil(dayStart)
        let days = CivilDateTime.daysFromEpoch(year: day.year, month: day.month, day: day.day) + 1
        let next = CivilDateTime.civil(fromDays: days)
        return instant(CivilDateTime(year: next.year, month: next.month, day: next.day))
    }
}
