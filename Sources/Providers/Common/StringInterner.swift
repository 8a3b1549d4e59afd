/// Shares one copy of each repeated string (service, SKU, resource and unit names repeat on
/// every row of a page), so a million decoded rows do not hold a million copies of the same text.
public struct StringInterner {
    private var table: [String: String] = [:]

    /// Creates an empty interner.
    public init() {}

    /// The stored copy equal to `text`, storing `text` the first time it is seen.
    public mutating func intern(_ text: String) -> String {
        if let stored = table[text] { return stored }
        table[text] = text
        return text
    }

    /// How many distinct strings are stored.
    public var count: Int { table.count }
}
