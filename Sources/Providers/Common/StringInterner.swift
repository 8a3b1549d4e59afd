/// Shares one copy of each repeated string (service, SKU, resource and unit names repeat on
/// every row of a page), so a million decoded rows do not hold a million copies of the same text.
public struct StringInterner {
    private var table: [String: String] = [:]
    /// Strings found by their raw UTF-8 bytes (see ``intern(bytes:)``).
    private var byBytes = ByteStringTable()

    public init() {}

    /// The stored copy equal to `text`, storing `text` the first time it is seen.
    public mutating func intern(_ text: String) -> String {
        if let stored = table[text] { return stored }
        table[text] = text
        return text
    }

    /// The stored copy of the string whose UTF-8 is `bytes` (which must be valid UTF-8).
    ///
    /// A repeated value is found by hashing and comparing its bytes, without building a
    /// `String` or normalising Unicode first — the decoders' hot path for names that repeat
    /// on every row.
    mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let stored = byBytes.find(bytes) { return stored }
        let text = intern(String(decoding: bytes, as: UTF8.self))
        byBytes.insert(text, bytes: bytes)
        return text
    }

    /// How many distinct strings are stored.
    public var count: Int { table.count }
}
