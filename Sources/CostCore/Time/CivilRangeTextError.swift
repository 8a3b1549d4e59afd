/// Why typed text is not a range of days (see ``CivilRangeText``), as a message for a person.
public enum CivilRangeTextError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing was typed.
    case empty
    /// More than two dates were typed; the count of parts found.
    case tooManyParts(Int)
    /// One side of `..` is empty: `"start"` or `"end"`.
    case missingDate(side: String)
    /// A part is not a date: the text as typed and what is wrong with it.
    case notADate(String, reason: String)
    /// The last day comes before the first, both as typed.
    case endBeforeStart(start: String, end: String)
    /// The first day lies after today: that day and today, as `YYYY-MM-DD`.
    case startsInFuture(start: String, today: String)

    /// The message, e.g. `2026-13-01 is not a date: month 13`.
    public var description: String {
        switch self {
        case .empty: "type a range, e.g. 2026-11-01..2026-11-15, 2026-11-03 or 2026-10"
        case .tooManyParts(let count): "expected one date or two, got \(count) parts"
        case .missingDate(let side): side == "start" ? "the start is missing before .." : "the end is missing after .."
        case .notADate(let text, let reason): "\(text) is not a date: \(reason)"
        case .endBeforeStart(let start, let end): "the end \(end) is before the start \(start)"
        case .startsInFuture(let start, let today):
            "a range may not start in the future: \(start) is after today, \(today)"
        }
    }
}
