/// A billed object (server, disk, IP, bucket, cluster), possibly nested under a parent.
public struct ObjectRef: Hashable, Sendable {
    /// The provider's object id.
    public var id: String
    /// The human name, when there is one.
    public var name: String?
    /// The provider's object type, e.g. `cloud_vm`, `volume`.
    public var type: String?
    /// The parent object's id (a disk's server), when nested.
    public var parentID: String?
    /// The parent object's name, when known.
    public var parentName: String?

    public init(
        id: String, name: String? = nil, type: String? = nil, parentID: String? = nil, parentName: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.parentID = parentID
        self.parentName = parentName
    }

    /// The name, or the id when there is no usable name.
    public var label: String {
        if let name, !name.isEmpty { return name }
        return id
    }
}
