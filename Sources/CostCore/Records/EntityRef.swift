/// A named thing a cost belongs to: a project, a metric, a service.
public struct EntityRef: Hashable, Sendable {
    /// The provider's stable identifier.
    public var id: String
    /// The human name, when the provider gives one.
    public var name: String?

    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }

    /// The name, or the id when there is no usable name.
    public var label: String {
        if let name, !name.isEmpty { return name }
        return id
    }
}
