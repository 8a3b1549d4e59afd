import CostCore

/// One level of a spike's path below its account: a project, an object or a metric.
package struct SpikePathStep: Hashable, Sendable {
    /// Which level: `project`, `object` or `metric`.
    package let dimension: CostDimension
    /// The provider's id at that level.
    package let id: String
    /// The human label (an object nested under a server is shown as `server › object`).
    package let label: String

    /// The steps of `record`'s path, skipping levels the record does not have.
    package static func path(of record: CostRecord) -> [SpikePathStep] {
        var steps: [SpikePathStep] = []
        if let project = record.project {
            steps.append(SpikePathStep(dimension: .project, id: project.id, label: project.label))
        }
        if let object = record.object {
            var label = object.label
            if let parent = object.parentName, !parent.isEmpty, parent != label { label = parent + " › " + label }
            steps.append(SpikePathStep(dimension: .object, id: object.id, label: label))
        }
        if let metric = record.metric {
            steps.append(SpikePathStep(dimension: .metric, id: metric.id, label: metric.label))
        }
        return steps
    }

    /// A key for the step that does not depend on its label.
    package var key: String { dimension.rawValue + ":" + id }
}
