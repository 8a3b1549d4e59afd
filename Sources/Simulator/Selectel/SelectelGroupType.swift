/// The `group_type` parameter: which dimensions a statistics row is broken down by.
///
/// Every row is also split by `provider_key`, since each row carries exactly one.
enum SelectelGroupType: String, Sendable, CaseIterable {
    case project
    case object
    case metric
    case projectMetric = "project_metric"
    case regionMetric = "region_metric"
    case objectMetric = "object_metric"
    case projectObjectRegionMetric = "project_object_region_metric"

    /// In the documented enum; `object_metric` and `project_object_region_metric` only work in practice.
    var isDocumented: Bool {
        switch self {
        case .project, .object, .metric, .projectMetric, .regionMetric: return true
        case .objectMetric, .projectObjectRegionMetric: return false
        }
    }

    /// Rows carry a `project`.
    var includesProject: Bool {
        switch self {
        case .project, .projectMetric, .projectObjectRegionMetric: return true
        case .object, .metric, .regionMetric, .objectMetric: return false
        }
    }

    /// Rows carry an `object`.
    var includesObject: Bool {
        switch self {
        case .object, .objectMetric, .projectObjectRegionMetric: return true
        case .project, .metric, .projectMetric, .regionMetric: return false
        }
    }

    /// Rows carry a `metric`.
    var includesMetric: Bool {
        switch self {
        case .metric, .projectMetric, .regionMetric, .objectMetric, .projectObjectRegionMetric: return true
        case .project, .object: return false
        }
    }

    /// Rows' `metric.region` is filled.
    var includesRegion: Bool {
        switch self {
        case .regionMetric, .projectObjectRegionMetric: return true
        case .project, .object, .metric, .projectMetric, .objectMetric: return false
        }
    }
}
