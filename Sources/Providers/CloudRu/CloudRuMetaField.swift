/// One `meta` entry of a consumption row.
public struct CloudRuMetaField: Sendable, Equatable {
    /// The key, e.g. `flavor`.
    public var key: String
    /// The value as text.
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
