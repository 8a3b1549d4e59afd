import CostCore

/// The rows `group_type=project_object_region_metric` would give, rebuilt from the documented
/// group types when the API refuses that one.
///
/// The money comes only from the `object` rows, so every kopeck is counted exactly once; the
/// `objects` and `projects` lists add each object's project and parent. Metrics and regions
/// cannot be joined to objects in general, so they are attached only where the attribution is
/// exact: a project with a single object in a bucket takes that bucket's `project_metric` rows
/// (when they add up to the object's value), and a metric billed in a single region in a
/// bucket (per `region_metric`) takes that region. No amount is ever split or estimated.
struct SelectelDocumentedGroups {
    /// A rebuilt row, with the region found for it when it has no metric to carry one.
    struct Row {
        var row: SelectelConsumptionRow
        var region: String?
    }

    /// A bucket of one service.
    private struct Slot: Hashable {
        var period: String
        var providerKey: String?
    }

    /// A bucket of one service in one project.
    private struct ProjectSlot: Hashable {
        var slot: Slot
        var projectID: String?
    }

    /// `group_type=object` rows: the money.
    var objectRows: [SelectelConsumptionRow]
    /// `group_type=project_metric` rows.
    var projectMetricRows: [SelectelConsumptionRow]
    /// `group_type=region_metric` rows.
    var regionMetricRows: [SelectelConsumptionRow]
    /// The `objects` list.
    var objects: [SelectelObjectInfo]
    /// The `projects` list.
    var projects: [SelectelProjectInfo]

    func rows() -> [Row] {
        var objectInfo: [String: SelectelObjectInfo] = [:]
        for object in objects where objectInfo[object.id] == nil { objectInfo[object.id] = object }
        var projectNames: [String: String] = [:]
        for project in projects { projectNames[project.id] = project.name ?? projectNames[project.id] }
        for row in projectMetricRows {
            if let project = row.project, projectNames[project.id] == nil { projectNames[project.id] = project.name }
        }

        let placed = objectRows.map { placedRow($0, objectInfo: objectInfo, projectNames: projectNames) }
        var objectsInSlot: [ProjectSlot: Int] = [:]
        for row in placed { objectsInSlot[projectSlot(row), default: 0] += 1 }
        var metricsInSlot: [ProjectSlot: [SelectelConsumptionRow]] = [:]
        for row in projectMetricRows where row.metric != nil {
            metricsInSlot[projectSlot(row), default: []].append(row)
        }
        var regionsOfMetric: [Slot: [String: Set<String>]] = [:]
        var regionsInSlot: [Slot: Set<String>] = [:]
        for row in regionMetricRows {
            let slot = Slot(period: row.period, providerKey: row.providerKey)
            let region = row.metric?.region ?? ""
            regionsInSlot[slot, default: []].insert(region)
            if let metric = row.metric { regionsOfMetric[slot, default: [:]][metric.id, default: []].insert(region) }
        }

        var result: [Row] = []
        for row in placed {
            let key = projectSlot(row)
            let slot = key.slot
            var split = [row]
            if row.object != nil, key.projectID != nil, objectsInSlot[key] == 1, let metrics = metricsInSlot[key],
                metrics.reduce(Amount.zero, { $0 + $1.value }) == row.value
            {
                split = metrics.map { metricRow in
                    var part = row
                    part.metric = metricRow.metric
                    part.metric?.region = nil
                    part.value = metricRow.value
                    return part
                }
            }
            for var part in split {
                if var metric = part.metric {
                    metric.region = single(regionsOfMetric[slot]?[metric.id])
                    part.metric = metric
                    result.append(Row(row: part, region: nil))
                } else {
                    result.append(Row(row: part, region: single(regionsInSlot[slot])))
                }
            }
        }
        return result
    }

    /// `row` with the project and parent the `objects` list gives its object.
    private func placedRow(
        _ row: SelectelConsumptionRow, objectInfo: [String: SelectelObjectInfo], projectNames: [String: String]
    ) -> SelectelConsumptionRow {
        guard var object = row.object, let info = objectInfo[object.id] else { return row }
        var placed = row
        object.name = object.name ?? info.name
        object.type = object.type ?? info.type
        object.parentID = object.parentID ?? info.parentID
        if object.parentName == nil, let parentID = object.parentID { object.parentName = objectInfo[parentID]?.name }
        placed.object = object
        if placed.project == nil, let projectID = info.projectID {
            placed.project = SelectelConsumptionRow.Project(id: projectID, name: projectNames[projectID])
        }
        return placed
    }

    private func projectSlot(_ row: SelectelConsumptionRow) -> ProjectSlot {
        ProjectSlot(slot: Slot(period: row.period, providerKey: row.providerKey), projectID: row.project?.id)
    }

    /// The one non-empty element of `values`, if there is exactly one.
    private func single(_ values: Set<String>?) -> String? {
        guard let values, values.count == 1, let value = values.first, !value.isEmpty else { return nil }
        return value
    }
}
