import Foundation

/// A range of whole days as a person types it: `2026-11-01..2026-11-15`, `2026-11-01 2026-11-15`,
/// `2026-11-01 – 2026-11-15`, one day `2026-11-03`, or months `2026-10` / `2026-09..2026-10`.
///
/// Both ends are inclusive civil dates; a month stands for its first day at the start and its
/// last day at the end. Which instants they denote depends on the zone (see ``range(in:now:)``).
public struct CivilRangeText: Hashable, Sendable {
    /// The first day included, at midnight.
    public let first: CivilDateTime
    /// The last day included, at midnight.
    public let last: CivilDateTime

    /// Parses `text`, throwing an error that names what is wrong.
    public init(parsing text: String) throws(CivilRangeTextError) {
        let parts = try Self.parts(of: text)
        let start = try Self.day(parts[0], atEnd: false)
        let end = try Self.day(parts[parts.count - 1], atEnd: true)
        guard start <= end else { throw .endBeforeStart(start: parts[0], end: parts[parts.count - 1]) }
        first = start
        last = end
    }

    /// The UTC range from midnight of ``first`` to midnight after ``last`` in `zone`. A range
    /// reaching past today is cut at the end of today; one starting after today is refused.
    public func range(in zone: TimeZone, now: Date) throws(CivilRangeTextError) -> DateRange {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now))!
        let start = Self.midnight(of: first, calendar: calendar)
        guard start < tomorrow else {
            let today = CivilDateTime(now, utcOffsetSeconds: zone.secondsFromGMT(for: now))
            throw .startsInFuture(start: first.dateText, today: today.dateText)
        }
        let end = calendar.date(byAdding: .day, value: 1, to: Self.midnight(of: last, calendar: calendar))!
        return DateRange(start: start, end: min(end, tomorrow))
    }

    /// The text that parses back to `range`'s days in `zone`: `2026-11-03` or `2026-11-01..2026-11-15`.
    public static func text(of range: DateRange, in zone: TimeZone) -> String {
        let lastInstant = range.isEmpty ? range.start : range.end.addingTimeInterval(-1)
        let start = CivilDateTime(range.start, utcOffsetSeconds: zone.secondsFromGMT(for: range.start)).dateText
        let end = CivilDateTime(lastInstant, utcOffsetSeconds: zone.secondsFromGMT(for: lastInstant)).dateText
        return start == end ? start : start + ".." + end
    }

    /// The one or two date texts: split at `..`, else at a dash between spaces, else at spaces.
    private static func parts(of text: String) throws(CivilRangeTextError) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .empty }
        let pieces: [String]
        if trimmed.contains("..") {
            pieces = trimmed.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2 else { throw .tooManyParts(pieces.count) }
            if pieces[0].isEmpty { throw .missingDate(side: "start") }
            if pieces[1].isEmpty { throw .missingDate(side: "end") }
        } else {
            let dashes: Set<Character> = ["–", "—"]
            let spaced = String(trimmed.map { dashes.contains($0) ? " " : $0 })
            pieces = spaced.split(whereSeparator: \.isWhitespace).map(String.init)
            guard pieces.count <= 2 else { throw .tooManyParts(pieces.count) }
        }
        return pieces
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` meaning the month's first day (`atEnd` false) or last day.
    private static func day(_ text: String, atEnd: Bool) throws(CivilRangeTextError) -> CivilDateTime {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = fields.map { field in field.allSatisfy { $0.isASCII && $0.isNumber } ? Int(field) : nil }
        guard (2...3).contains(fields.count), fields[0].count == 4,
            fields.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
            let year = numbers[0], let month = numbers[1]
        else { throw .notADate(text, reason: "expected YYYY-MM-DD or YYYY-MM") }
        guard CivilDateTime.supportedYears.contains(year) else {
            throw .notADate(text, reason: "only dates from \(CivilDateTime.supportedRangeText) are supported")
        }
        guard (1...12).contains(month) else { throw .notADate(text, reason: "month \(month)") }
        let length = CivilDateTime.daysIn(year: year, month: month)
        guard fields.count == 3 else { return CivilDateTime(year: year, month: month, day: atEnd ? length : 1) }
        guard let day = numbers[2] else { throw .notADate(text, reason: "expected YYYY-MM-DD or YYYY-MM") }
        guard day >= 1 else { throw .notADate(text, reason: "day \(day)") }
        guard day <= length else {
            throw .notADate(text, reason: "day \(day), \(monthNames[month - 1]) \(year) has \(length) days")
        }
        return CivilDateTime(year: year, month: month, day: day)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func midnight(of day: CivilDateTime, calendar: Calendar) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}
