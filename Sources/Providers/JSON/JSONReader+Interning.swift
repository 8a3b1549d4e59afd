// Reading strings through a `StringInterner` straight from the input bytes.
extension JSONReader {
    /// Reads a string and returns the interner's shared copy of it. A string without escapes
    /// is looked up by its bytes, so a value seen before costs no allocation.
    public mutating func readString(interner: inout StringInterner) throws(JSONError) -> String {
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string") }
        let token = try scanString(at: start)
        offset = token.next
        guard !token.hasEscapes else { return interner.intern(decodeString(token)) }
        return interner.intern(bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    }

    /// Reads a string as ``readString(interner:)`` does, or `null` as nil.
    public mutating func readStringOrNull(interner: inout StringInterner) throws(JSONError) -> String? {
        if try readNull() { return nil }
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string or null") }
        return try readString(interner: &interner)
    }
}
