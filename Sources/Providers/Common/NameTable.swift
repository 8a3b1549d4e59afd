import Foundation

/// Distinct names, each stored once and numbered in the order first seen: a decoder keeps a
/// row's names as these small codes, so comparing and hashing a row's names costs a few
/// integer operations, and a name repeated on a million rows is one `String`.
///
/// A name without escapes is found by its raw UTF-8 bytes (hashed and compared as bytes, no
/// `String` built); other spellings go through a `String` table, so canonically equal text
/// gets one code, as `String` equality has it.
struct NameTable {
    /// The names; a code indexes this array.
    private(set) var names: [String] = []
    private var codesByText: [String: Int32] = [:]
    /// Open addressing over byte spellings: each slot holds an index into ``spellings``, or -1.
    private var slots: [Int32] = []
    private var spellings: [(hash: UInt64, code: Int32)] = []

    init() {}

    /// The name of `code`.
    subscript(code: Int32) -> String { names[Int(code)] }

    /// The name of `code`, or nil for a negative code (a field that was absent).
    func name(_ code: Int32) -> String? { code < 0 ? nil : names[Int(code)] }

    /// The code of `text`, adding it when new.
    mutating func code(of text: String) -> Int32 {
        if let code = codesByText[text] { return code }
        let code = Int32(names.count)
        names.append(text)
        codesByText[text] = code
        return code
    }

    /// The code of an object key, adding it when new; a key without escapes builds no text.
    mutating func code(_ key: JSONKey) -> Int32 {
        key.withUTF8 { code(bytes: $0) }
    }

    /// The code of the name whose UTF-8 is `bytes` (valid UTF-8), adding it when new.
    mutating func code(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = ByteStringTable.hash(bytes)
        if !slots.isEmpty {
            let mask = slots.count - 1
            var position = Int(truncatingIfNeeded: hash) & mask
            while true {
                let index = Int(slots[position])
                if index < 0 { break }
                let spelling = spellings[index]
                if spelling.hash == hash, Self.equal(names[Int(spelling.code)], bytes) { return spelling.code }
                position = (position + 1) & mask
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let code = code(of: text)
        // Only a spelling that is the stored name's own bytes is found by bytes later.
        guard Self.equal(names[Int(code)], bytes) else { return code }
        if (spellings.count + 1) * 2 > slots.count { grow() }
        spellings.append((hash, code))
        place(Int32(spellings.count - 1), hash: hash)
        return code
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while slots[position] >= 0 { position = (position + 1) & mask }
        slots[position] = index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: max(64, slots.count * 2))
        for index in spellings.indices { place(Int32(index), hash: spellings[index].hash) }
    }

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { stored in
            stored.count == bytes.count
                && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }
}

// Reading names as codes straight from the input bytes.
extension JSONReader {
    /// Reads a string and returns its code in `names`; a string without escapes is looked up by
    /// its bytes, so a value seen before costs no allocation.
    mutating func readNameCode(_ names: inout NameTable) throws(JSONError) -> Int32 {
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string") }
        let token = try scanString(at: start)
        offset = token.next
        guard !token.hasEscapes else { return names.code(of: decodeString(token)) }
        return names.code(bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    }

    /// Reads a string's code, or `null` as -1.
    mutating func readNameCodeOrNull(_ names: inout NameTable) throws(JSONError) -> Int32 {
        if try readNull() { return -1 }
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string or null") }
        return try readNameCode(&names)
    }

    /// Reads a string, or a number or boolean as written (`12.50`, `true`), and returns the
    /// text's code.
    mutating func readScalarNameCode(_ names: inout NameTable) throws(JSONError) -> Int32 {
        let start = skipWhitespace(from: offset)
        switch kindOfValue(at: start) {
        case .number: break
        case .string: return try readNameCode(&names)
        default: return names.code(of: try readScalarText())
        }
        let token = try scanNumber(at: start)
        offset = token.end
        return names.code(bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
    }
}
