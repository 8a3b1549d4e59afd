/// The validated filters of a consumption request (both versions), without paging.
///
/// Checks, in order: `agreement_id` or `project_ids` present (else 400); `start_date` and
/// `end_date` present, RFC 3339, in order (else 400); the agreement known (else 500 `failed to
/// get agreement`); every project known (else 500 `failed to get projects`); the first day not
/// older than the served history (else 500 `failed to get consumption`); for v2 the optional
/// `start_updated_dt` / `end_updated_dt` (else 400).
///
/// A row is selected when its `usedate` (the day's UTC midnight) lies in
/// `[start_date, end_date]`, both ends included, so `end_date=2024-06-09T00:00:00Z` includes
/// 9 June; ``CloudRuServedShape`` changes the stamp (Moscow midnight) or leaves the end out.
/// `service_names` keeps rows of the named services (exact `servname` match).
struct CloudRuConsumptionFilter: Sendable {
    /// Indices of the selected series, in row order.
    let selected: [Int]
    /// Selected `usedate` days (days since 1970).
    let days: Range<Int64>
    /// v2 only: the `updated_dt` window in milliseconds, both ends included.
    let updated: ClosedRange<Int64>?
    /// Identifies the filter, so that a v2 page token cannot be replayed on another query.
    let fingerprint: UInt64

    init(
        query: CloudRuQuery, dataset: CloudRuDataset, version: CloudRuAPIVersion,
        shape: CloudRuServedShape = CloudRuServedShape()
    ) throws(CloudRuFailure) {
        let agreementID = query.value("agreement_id")
        let projectIDs = query.values("project_ids")
        guard agreementID != nil || !projectIDs.isEmpty else {
            throw CloudRuFailure.badRequest("agreement_id or project_ids is required")
        }
        guard let start = try query.timestamp("start_date", required: true),
            let end = try query.timestamp("end_date", required: true)
        else { throw CloudRuFailure.badRequest("start_date and end_date are required") }
        guard start <= end else {
            throw CloudRuFailure.badRequest("end_date must not be earlier than start_date")
        }
        if let agreementID, agreementID != dataset.agreementID {
            throw CloudRuFailure.failedToGetAgreement
        }
        var projects: Set<Int>?
        if !projectIDs.isEmpty {
            var positions: Set<Int> = []
            for id in projectIDs {
                guard let position = dataset.projectPosition(id: id.lowercased()) else {
                    throw CloudRuFailure.failedToGetProjects
                }
                positions.insert(position)
            }
            projects = positions
        }
        let (firstDay, lastDay) = shape.days(start: start, end: end)
        try shape.checkSize(periodMillis: end - start)
        guard firstDay >= dataset.historyStartDay else {
            throw CloudRuFailure.failedToGetConsumption
        }
        days = firstDay..<max(firstDay, lastDay + 1)

        if version == .v2 {
            let updatedFrom = try query.timestamp("start_updated_dt", required: false)
            let updatedTo = try query.timestamp("end_updated_dt", required: false)
            if updatedFrom != nil || updatedTo != nil {
                let lower = updatedFrom ?? Int64.min
                let upper = updatedTo ?? Int64.max
                guard lower <= upper else {
                    throw CloudRuFailure.badRequest("end_updated_dt must not be earlier than start_updated_dt")
                }
                updated = lower...upper
            } else {
                updated = nil
            }
        } else {
            updated = nil
        }

        let services = query.values("service_names")
        selected = dataset.selectedSeries(projects: projects, services: services.isEmpty ? nil : Set(services))
        var hash = SplitMix64.hash(UInt64(bitPattern: days.lowerBound), UInt64(bitPattern: days.upperBound))
        hash = SplitMix64.hash(hash, UInt64(bitPattern: updated?.lowerBound ?? 0))
        hash = SplitMix64.hash(hash, UInt64(bitPattern: updated?.upperBound ?? 0))
        for index in selected {
            hash = SplitMix64.hash(hash, UInt64(index))
        }
        fingerprint = hash
    }

    /// A cursor over the selected rows; deleted rows only for v2.
    func cursor(_ dataset: CloudRuDataset, version: CloudRuAPIVersion) -> CloudRuRowCursor {
        CloudRuRowCursor(
            dataset: dataset, selected: selected, days: days, includeDeleted: version == .v2, updated: updated)
    }
}
