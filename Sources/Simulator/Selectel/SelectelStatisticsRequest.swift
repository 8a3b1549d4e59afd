/// A validated `consumption` or `summary_stats` request.
struct SelectelStatisticsRequest: Sendable {
    /// Which statistics endpoint is asked; they differ only in required parameters.
    enum Endpoint: Sendable {
        /// `consumption`: `locale` is required.
        case consumption
        /// `summary_stats`: `locale` is optional, `items_count_period_group_type` required.
        case summaryStats
    }

    /// The services asked for; nil for every service.
    let providerKeys: Set<String>?
    /// The requested start, Moscow wall clock; also the label of the first (clipped) bucket.
    let start: WallClockTime
    /// The requested end, Moscow wall clock; the hour containing it is included.
    let end: WallClockTime
    let locale: SelectelLanguage
    let groupType: SelectelGroupType
    let period: CalendarPeriod

    /// First hour covered, in hours since 1970 (UTC).
    var firstHour: Int64 { CivilCalendar.floorDivide(start.utcSecondsFromMoscow, 3600) }
    /// One past the last hour covered (the hour stamped at `end` is included), UTC.
    var endHour: Int64 { CivilCalendar.floorDivide(end.utcSecondsFromMoscow, 3600) + 1 }

    /// Validates the query, naming the offending parameter on failure.
    /// `variations` decide whether `provider_keys` and the documented group types are enforced.
    init(query: SelectelQuery, endpoint: Endpoint, variations: Set<SimulatorVariation>) throws(SelectelBadRequest) {
        providerKeys = try query.providerKeys(required: variations.contains(.selectelRequiredKeys))
        start = try query.dateTime("start")
        end = try query.dateTime("end")
        guard end >= start else {
            throw SelectelBadRequest(message: "Parameter 'end' must not be earlier than 'start'")
        }
        locale = try query.locale(required: endpoint == .consumption)
        groupType = try query.choice("group_type", as: SelectelGroupType.self)
        if variations.contains(.selectelDocumentedGroupsOnly), !groupType.isDocumented {
            throw SelectelBadRequest(
                message: "Parameter 'group_type' must be one of: "
                    + SelectelGroupType.allCases.filter(\.isDocumented).map(\.rawValue).joined(separator: ", "))
        }
        period = try query.choice("period_group_type", as: CalendarPeriod.self)
        if endpoint == .summaryStats {
            _ = try query.choice("items_count_period_group_type", as: CalendarPeriod.self)
        }
    }
}
