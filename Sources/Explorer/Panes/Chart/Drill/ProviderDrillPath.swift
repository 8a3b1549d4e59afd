import CostCore

/// The order in which one provider's spend is naturally explored, in its own words, as its
/// profile declares it (``ProviderTraits/drillSteps``), and how Enter moves along it.
public struct ProviderDrillPath: Hashable, Sendable {
    public var provider: ProviderKind
    /// The steps, first to finest.
    public var steps: [ProviderDrillStep]

    /// The natural path `traits` declare.
    public init(_ traits: ProviderTraits) {
        self.provider = traits.kind
        self.steps = traits.drillSteps
    }

    /// The step a level is at: its recorded index, else the first step grouping by its dimension.
    public func stepIndex(of level: DrillLevel) -> Int? {
        if let index = level.pathStep, steps.indices.contains(index), steps[index].dimension == level.dimension {
            return index
        }
        return steps.firstIndex { $0.dimension == level.dimension }
    }

    /// The step Enter leads to from `level` on a row that has (`rowHasChildren`) or lacks
    /// nested children: the next step whose dimension is not filtered on yet, else the first
    /// such step (a SKU drills into the projects that use it), or nil at the finest level.
    public func nextStepIndex(after level: DrillLevel, rowHasChildren: Bool) -> Int? {
        let used = Set(level.filters.map(\.dimension)).union([level.dimension])
        guard let index = stepIndex(of: level) else {
            return steps.firstIndex { !used.contains($0.dimension) }
        }
        if steps[index].drillsIntoChildren, rowHasChildren, steps.indices.contains(index + 1),
            !level.filters.contains(where: { $0.includesChildren })
        {
            return index + 1
        }
        if let next = steps.indices.dropFirst(index + 1).first(where: { !used.contains(steps[$0].dimension) }) {
            return next
        }
        return steps.firstIndex { !used.contains($0.dimension) }
    }
}
