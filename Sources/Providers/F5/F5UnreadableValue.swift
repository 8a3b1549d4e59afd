/// A value the answer gave in a field that carries no money but that is not a number: the
/// field is left empty and the client warns, naming the field and the value.
public struct F5UnreadableValue: Sendable, Hashable {
    /// The field's path inside its item, e.g. `usage_metric_data.metric_value.value`.
    public var field: String
    /// The value as sent, or what it was (`an object`).
    public var text: String
    /// Whether ``text`` is the value itself (quoted in messages) rather than a description.
    public var isQuoted: Bool

    public init(field: String, text: String, isQuoted: Bool = true) {
        self.field = field
        self.text = text
        self.isQuoted = isQuoted
    }
}
