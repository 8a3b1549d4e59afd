/// An object key as read by ``JSONReader/readObject(_:)``.
///
/// A key refers to its bytes in the input; comparing it with a `String`
/// (`key == "amount_nds"`, or `case "amount_nds":` in a `switch`) compares
/// bytes and allocates nothing. Keys written with escapes (`"a\u005fb"`) are
/// unescaped once and compare by their value. Use ``stringValue`` to keep a key.
public struct JSONKey: Sendable, Hashable, CustomStringConvertible {
    private let input: JSONInputBuffer
    private let start: Int
    private let end: Int
    private let unescaped: String?

    init(input: JSONInputBuffer, start: Int, end: Int, unescaped: String?) {
        self.input = input
        self.start = start
        self.end = end
        self.unescaped = unescaped
    }

    /// The key as a `String` (allocates).
    public var stringValue: String {
        if let unescaped { return unescaped }
        return String(decoding: UnsafeBufferPointer(rebasing: input.bytes[start..<end]), as: UTF8.self)
    }

    /// The key itself.
    public var description: String { stringValue }

    /// The number of UTF-8 bytes in the (unescaped) key.
    public var utf8Count: Int { unescaped?.utf8.count ?? end - start }

    /// Calls `body` with the key's unescaped UTF-8 bytes.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if var text = unescaped {
            return try text.withUTF8(body)
        }
        return try body(UnsafeBufferPointer(rebasing: input.bytes[start..<end]))
    }

    /// Whether the key equals `text`, byte for byte.
    public static func == (key: JSONKey, text: String) -> Bool {
        if let unescaped = key.unescaped { return unescaped == text }
        let count = key.end - key.start
        guard text.utf8.count == count else { return false }
        var text = text
        let bytes = key.input.bytes
        let start = key.start
        return text.withUTF8 { other in
            var index = 0
            while index < count {
                if other[index] != bytes[start &+ index] { return false }
                index &+= 1
            }
            return true
        }
    }

    /// Whether `text` equals the key, byte for byte.
    public static func == (text: String, key: JSONKey) -> Bool { key == text }

    /// Whether the key differs from `text`.
    public static func != (key: JSONKey, text: String) -> Bool { !(key == text) }

    /// Lets a `switch key { case "amount": … }` match keys without allocating.
    public static func ~= (pattern: String, key: JSONKey) -> Bool { key == pattern }

    /// Whether two keys have the same unescaped text.
    public static func == (lhs: JSONKey, rhs: JSONKey) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// Hashes the unescaped text.
    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
