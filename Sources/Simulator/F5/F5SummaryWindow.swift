/// The time window of a `usage_summary` request: samples with `start_time <= timestamp <= end_time`.
///
/// Hourly samples are stamped with the start of their UTC hour. A missing bound is the other
/// one ± 6 hours; with both missing the window is the 6 hours before "now". An end before the
/// start, or a window longer than ``maxSeconds`` (31 days: longer ranges must be split into
/// several requests), is a 400.
struct F5SummaryWindow: Sendable, Equatable {
    /// The longest window accepted, `end_time - start_time`: 31 days.
    static let maxSeconds: Int64 = 31 * 86_400
    /// The default length when a bound is missing.
    static let defaultSeconds: Int64 = 6 * 3600

    /// `start_time` in Unix seconds.
    let start: Int64
    /// `end_time` in Unix seconds (inclusive).
    let end: Int64

    /// Reads `start_time` / `end_time` from `body`.
    init(body: F5RequestBody, nowSeconds: Int64) throws(F5Failure) {
        let start = try Self.bound(body, "start_time")
        let end = try Self.bound(body, "end_time")
        switch (start, end) {
        case (let start?, let end?):
            self.start = start
            self.end = end
        case (let start?, nil):
            self.start = start
            self.end = start + Self.defaultSeconds
        case (nil, let end?):
            self.start = end - Self.defaultSeconds
            self.end = end
        case (nil, nil):
            self.start = nowSeconds - Self.defaultSeconds
            self.end = nowSeconds
        }
        guard self.end >= self.start else {
            throw F5Failure.badRequest("end_time must not be before start_time")
        }
        guard self.end - self.start <= Self.maxSeconds else {
            throw F5Failure.badRequest(
                "the time window must not exceed 31 days (744 hours); split longer ranges into several requests")
        }
    }

    /// The hours (since 1970, UTC) whose samples lie in the window.
    var hours: Range<Int64> {
        let first = CivilCalendar.floorDivide(start + 3599, 3600)
        let last = CivilCalendar.floorDivide(end, 3600)
        return first..<max(first, last + 1)
    }

    private static func bound(_ body: F5RequestBody, _ name: String) throws(F5Failure) -> Int64? {
        guard let text = body.fields[name] else { return nil }
        guard let seconds = F5TimeText.parseUnixOrRFC3339(text) else {
            throw F5Failure.badRequest("\(name) must be Unix seconds or an RFC 3339 date-time")
        }
        return seconds
    }
}
