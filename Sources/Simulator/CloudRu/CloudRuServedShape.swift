/// How the simulated consumption API answers under the Cloud.ru variations (see
/// ``SimulatorVariation``); without them, the shapes the client asks for first.
struct CloudRuServedShape: Sendable, Hashable {
    /// Moscow's offset from UTC (no daylight saving time since 2014).
    static let zoneOffsetMillis: Int64 = 3 * 3_600_000
    /// With `cloudru-failed-consumption`: the longest `end_date - start_date` answered.
    static let widestPeriodMillis: Int64 = 10 * CloudRuTimestamp.millisPerDay
    /// With `cloudru-failed-consumption`: the largest page answered.
    static let largestPage = 5_000

    var exclusiveEnd = false
    var zoneMidnight = false
    var failsLargeRequests = false
    var shortPages = false
    var v1Only = false
    var oddFields = false

    init(_ variations: Set<SimulatorVariation> = []) {
        exclusiveEnd = variations.contains(.cloudRuExclusiveEnd)
        zoneMidnight = variations.contains(.cloudRuZoneMidnight)
        failsLargeRequests = variations.contains(.cloudRuFailedConsumption)
        shortPages = variations.contains(.cloudRuShortPages)
        v1Only = variations.contains(.cloudRuV1Only)
        oddFields = variations.contains(.cloudRuOddFields)
    }

    /// How far a day's `usedate` lies before its UTC midnight.
    var stampOffsetMillis: Int64 { zoneMidnight ? Self.zoneOffsetMillis : 0 }

    /// The first and last day whose `usedate` lies in `start...end` (or `start..<end` with an
    /// exclusive end), both in milliseconds since 1970.
    func days(start: Int64, end: Int64) -> (first: Int64, last: Int64) {
        let day = CloudRuTimestamp.millisPerDay
        let offset = stampOffsetMillis
        let first = CivilCalendar.floorDivide(start + offset + day - 1, day)
        let last =
            exclusiveEnd
            ? CivilCalendar.floorDivide(end + offset + day - 1, day) - 1
            : CivilCalendar.floorDivide(end + offset, day)
        return (first, last)
    }

    /// Throws "failed to get consumption" for a period or page the variation refuses.
    func checkSize(periodMillis: Int64) throws(CloudRuFailure) {
        guard failsLargeRequests, periodMillis > Self.widestPeriodMillis else { return }
        throw CloudRuFailure.failedToGetConsumption
    }

    /// Throws "failed to get consumption" for a page larger than the variation answers.
    func checkSize(pageLimit: Int) throws(CloudRuFailure) {
        guard failsLargeRequests, pageLimit > Self.largestPage else { return }
        throw CloudRuFailure.failedToGetConsumption
    }

    /// The rows a v1 page of `limit` holds: a tenth fewer (at least one) with short pages.
    func servedRows(forLimit limit: Int) -> Int {
        guard shortPages, limit > 1 else { return limit }
        return limit - max(1, limit / 10)
    }
}
