/// Identifies one group along a ``CostDimension``.
public struct GroupKey: Hashable, Sendable {
    /// The stable id (project id, object id, metric id, region name…).
    public var id: String
    /// The human label.
    public var label: String
    /// The parent group's id when groups nest (a disk under its server).
    public var parentID: String?
    /// A kind shown next to the label (object type, metric unit).
    public var kind: String?

    public init(id: String, label: String, parentID: String? = nil, kind: String? = nil) {
        self.id = id
        self.label = label
        self.parentID = parentID
        self.kind = kind
    }

    /// The group of records that lack the dimension.
    public static let unassigned = GroupKey(id: "", label: "(unassigned)")
}
