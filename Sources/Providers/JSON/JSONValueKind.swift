/// The kind of the next JSON value, judged by its first byte.
public enum JSONValueKind: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// `{ … }`
    case object
    /// `[ … ]`
    case array
    /// `"…"`
    case string
    /// `-1.5e3` and friends.
    case number
    /// `true` or `false`.
    case bool
    case null

    /// The kind with an article, for messages: "an object", "a number".
    public var description: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
