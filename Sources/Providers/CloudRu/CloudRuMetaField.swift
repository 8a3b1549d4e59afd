/// One `meta` entry of a consumption row.
public struct CloudRuMetaField: Sendable, Equatable {
    /// The record's native field for the entry: `meta.` and the key, e.g. `meta.flavor`. Stored
    /// whole (and interned by the decoder) so a record costs no new text per entry.
    public var nativeKey: String
    /// The value as text.
    public var value: String

    /// The key as served, e.g. `flavor`.
    public var key: String { String(nativeKey.dropFirst(Self.prefix.count)) }

    /// An entry for `key`.
    public init(key: String, value: String) {
        self.init(nativeKey: Self.prefix + key, value: value)
    }

    init(nativeKey: String, value: String) {
        self.nativeKey = nativeKey
        self.value = value
    }

    /// What every ``nativeKey`` starts with.
    static let prefix = "meta."
}
