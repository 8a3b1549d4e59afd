import Foundation

/// A half-open interval of UTC instants, `start ..< end`.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    /// The first instant included.
    public let start: Date
    /// The first instant after the range.
    public let end: Date

    /// Creates a range; `end` earlier than `start` is clamped to an empty range.
    public init(start: Date, end: Date) {
        self.start = start
        self.end = max(start, end)
    }

    /// Length in seconds.
    public var duration: TimeInterval { end.timeIntervalSince(start) }
    /// Whether the range contains no instant.
    public var isEmpty: Bool { end <= start }

    /// The instant halfway through: where a record is counted (see ``GroupTable``).
    public var midpoint: Date { start.addingTimeInterval(duration / 2) }

    /// Whether `date` lies in the range.
    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// Whether the two ranges share at least one instant.
    public func overlaps(_ other: DateRange) -> Bool { start < other.end && other.start < end }

    /// The range of the same length just before this one.
    public var previous: DateRange { DateRange(start: start.addingTimeInterval(-duration), end: start) }

    /// The range of the same length just after this one.
    public var next: DateRange { DateRange(start: end, end: end.addingTimeInterval(duration)) }

    /// ISO-8601 UTC bounds, e.g. `2026-11-01T00:00:00Z..<2026-11-02T00:00:00Z`.
    public var description: String {
        CivilDateTime(start, utcOffsetSeconds: 0).description + "Z..<"
            + CivilDateTime(end, utcOffsetSeconds: 0).description + "Z"
    }
}
