/// Keeps only records whose group along `dimension` has id `id`.
public struct DrillFilter: Hashable, Sendable {
    /// The dimension filtered on.
    public var dimension: CostDimension
    /// The group id kept.
    public var id: String

    /// Creates a filter.
    public init(dimension: CostDimension, id: String) {
        self.dimension = dimension
        self.id = id
    }

    /// Whether `record` passes.
    public func matches(_ record: CostRecord) -> Bool {
        dimension.key(of: record).id == id
    }
}
