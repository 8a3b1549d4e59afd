/// Keeps only records whose group along `dimension` has id `id`.
public struct DrillFilter: Hashable, Sendable {
    /// The dimension filtered on.
    public var dimension: CostDimension
    /// The group id kept.
    public var id: String
    /// Whether objects nested under the kept object pass too (an OnApp server's disks and
    /// network interfaces, whose `parentID` is the server). Only meaningful for `.object`.
    public var includesChildren = false

    public init(dimension: CostDimension, id: String, includesChildren: Bool = false) {
        self.dimension = dimension
        self.id = id
        self.includesChildren = includesChildren
    }

    /// Whether `record` passes.
    public func matches(_ record: CostRecord) -> Bool {
        if dimension.groupID(of: record) == id { return true }
        return includesChildren && dimension == .object && record.object?.parentID == id
    }
}
