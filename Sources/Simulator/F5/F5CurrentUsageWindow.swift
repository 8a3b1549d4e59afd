/// The hours a `current_usage` request covers: the current billing period (the UTC month
/// containing "now", up to the last billed hour), narrowed by the optional RFC 3339 `from` / `to`
/// to the hours starting in `from ..< to`.
///
/// The real API's handling of `from` / `to` is not documented beyond "the from/to part of the
/// request"; the simulator narrows the window within the current period and never reaches into
/// closed months (those are `monthly_usage`'s). `to` before `from` is a 400.
struct F5CurrentUsageWindow: Sendable, Equatable {
    /// The hours (since 1970, UTC) covered; empty when nothing of the period is asked for.
    let hours: Range<Int64>

    /// Reads `from` / `to` from `body` for `dataset`.
    init(body: F5RequestBody, dataset: F5Dataset) throws(F5Failure) {
        let from = try Self.bound(body, "from")
        let to = try Self.bound(body, "to")
        if let from, let to, to < from {
            throw F5Failure.badRequest("to must not be before from")
        }
        let period = dataset.currentPeriodStartHour..<max(dataset.currentPeriodStartHour, dataset.billedUntilHour)
        let first = from.map { CivilCalendar.floorDivide($0 + 3599, 3600) } ?? period.lowerBound
        let end = to.map { CivilCalendar.floorDivide($0 + 3599, 3600) } ?? period.upperBound
        let lower = max(first, period.lowerBound)
        let upper = min(end, period.upperBound)
        self.hours = lower..<max(lower, upper)
    }

    private static func bound(_ body: F5RequestBody, _ name: String) throws(F5Failure) -> Int64? {
        guard let text = body.fields[name] else { return nil }
        guard let seconds = F5TimeText.parseRFC3339(text) else {
            throw F5Failure.badRequest("\(name) must be an RFC 3339 date-time")
        }
        return seconds
    }
}
