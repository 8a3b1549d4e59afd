/// What a decoder read leniently in an OnApp answer: unknown row fields it skipped and odd
/// values in fields that carry no money (a non-numeric `value`, a label that is not text).
///
/// One warning per field, naming the field (without row indices, so a field that is odd on
/// every row says so once) and the first odd value seen; the client passes them to the
/// account's notes.
public struct OnAppFieldWarnings: Sendable, Hashable {
    /// The warnings, in the order their fields were first met.
    public private(set) var messages: [String] = []
    private var fields: Set<String> = []
    /// Whether a row's `billing_stats` came as an array of billing details rather than the
    /// object of lists panels send.
    public var sawArrayStats = false

    /// No warnings yet.
    public init() {}

    /// Row fields the client knows and does not need: skipped without a word.
    static let knownUnusedRowFields: Set<String> = ["created_at", "updated_at", "id", "vm_billing_stat_id"]

    /// An unknown field `name` of a row was skipped; `value` gives its text, or a description of
    /// it, and is asked for only when the field gets a warning (once per field, not per row).
    mutating func unknownRowField<Failure: Error>(_ name: String, value: () throws(Failure) -> String)
        throws(Failure)
    {
        guard !Self.knownUnusedRowFields.contains(name), !fields.contains(name) else { return }
        add(field: name, "row field \(ServerText.quote(name)) is not known and was skipped (value \(try value()))")
    }

    /// `field` held `value`, which is not what it should be (`expected`); the value was skipped
    /// (a cost entry with an odd `value` keeps its cost).
    mutating func oddValue(field: String, value: String, expected: String) {
        add(field: field, "\(field) \(value) is not \(expected) and was skipped")
    }

    private mutating func add(field: String, _ message: String) {
        guard fields.insert(field).inserted else { return }
        messages.append(message)
    }
}
