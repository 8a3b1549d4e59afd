/// The identity of one statistics row within a period: the dimensions named by `group_type`
/// plus the provider key. Dimensions not grouped by are empty strings.
struct SelectelGroupKey: Hashable, Comparable, Sendable {
    let providerKey: String
    let projectID: String
    let objectID: String
    let region: String
    let metricID: String

    /// The key of `series` under `groupType`.
    init(series: SelectelSeries, groupType: SelectelGroupType) {
        providerKey = series.providerKey
        projectID = groupType.includesProject ? series.projectID : ""
        objectID = groupType.includesObject ? series.objectID : ""
        region = groupType.includesRegion ? series.region : ""
        metricID = groupType.includesMetric ? series.metric.id : ""
    }

    /// Rows of one period are ordered by provider key, project, object, region, then metric.
    static func < (lhs: SelectelGroupKey, rhs: SelectelGroupKey) -> Bool {
        (lhs.providerKey, lhs.projectID, lhs.objectID, lhs.region, lhs.metricID)
            < (rhs.providerKey, rhs.projectID, rhs.objectID, rhs.region, rhs.metricID)
    }
}
