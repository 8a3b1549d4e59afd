/// A strict, fast pull reader for one JSON document (RFC 8259).
///
/// The reader walks the input once and hands values out as they are asked
/// for; nothing is built that the caller does not request. Object keys are
/// compared in place (``JSONKey``), numbers become exact ``Amount``s or
/// `Int64`s straight from their text, and unknown values are skipped without
/// being decoded.
///
/// ```swift
/// var reader = JSONReader(bytes: body)
/// var rows: [Row] = []
/// try reader.readObject { key, reader in
///     guard key == "consumptions" else { return }  // unread values are skipped
///     try reader.readArray { _, reader in
///         var row = Row()
///         try reader.readObject { key, reader in
///             switch key {
///             case "servname": row.service = try reader.readString()
///             case "amount_nds": row.amount = try reader.readAmount()
///             default: break
///             }
///         }
///         rows.append(row)
///     }
/// }
/// try reader.finish()
/// ```
///
/// Strictness: trailing commas, leading zeros, `+1`, `.5`, `1.`, `NaN`,
/// `Infinity`, single quotes, comments, raw control characters in strings,
/// invalid escapes, invalid or overlong UTF-8, unpaired surrogates and
/// trailing data are all errors, as is nesting deeper than ``maxDepth``
/// (checked before recursing, so deep input cannot overflow the stack). A
/// leading UTF-8 byte order mark is ignored, as RFC 8259 allows.
///
/// Closures passed to ``readObject(_:)`` and ``readArray(_:)`` that are
/// annotated `{ key, reader throws(JSONError) in … }` (or cannot throw) keep
/// errors typed; unannotated ones use overloads that also let the closure
/// throw the caller's own errors, which pass through unchanged.
///
/// Errors are ``JSONError``s with the byte offset, line, column and the path
/// of the value (`consumptions[12].amount`). After a type mismatch (say,
/// ``readString()`` on a number) the value is left unread; after any other
/// error the reader should be abandoned.
public struct JSONReader {
    /// The default limit on nested objects and arrays.
    public static let defaultMaxDepth = 512

    let input: JSONInputBuffer
    /// The input bytes and the zero sentinel after them.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The number of input bytes; `bytes[end]` is the sentinel.
    let end: Int
    /// Where the document starts (after a byte order mark, if any).
    let documentStart: Int
    /// The open containers, innermost last.
    var frames: [JSONPathFrame]

    /// The most objects and arrays that may be open at once.
    public let maxDepth: Int

    /// The byte offset of the next unread byte.
    public internal(set) var offset: Int

    /// Creates a reader over a copy of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 encoded document.
    ///   - maxDepth: The most objects and arrays that may be open at once.
    public init(bytes: some Collection<UInt8>, maxDepth: Int = JSONReader.defaultMaxDepth) {
        let input = JSONInputBuffer(copying: bytes)
        self.input = input
        self.bytes = input.bytes
        self.end = input.length
        self.maxDepth = max(maxDepth, 1)
        var frames: [JSONPathFrame] = []
        frames.reserveCapacity(min(self.maxDepth, 64))
        self.frames = frames
        let bytes = input.bytes
        let hasByteOrderMark = input.length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.documentStart = hasByteOrderMark ? 3 : 0
        self.offset = documentStart
    }

    /// Creates a reader over the UTF-8 bytes of `text`.
    public init(_ text: String, maxDepth: Int = JSONReader.defaultMaxDepth) {
        self.init(bytes: text.utf8, maxDepth: maxDepth)
    }

    /// Reads one whole document: runs `body` on a fresh reader, then checks
    /// that only whitespace follows the value it read.
    public static func read<Result>(
        _ bytes: some Collection<UInt8>, maxDepth: Int = JSONReader.defaultMaxDepth,
        _ body: (inout JSONReader) throws(JSONError) -> Result
    ) throws(JSONError) -> Result {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        let result = try body(&reader)
        try reader.finish()
        return result
    }

    /// Reads one whole document like the typed-throws `read`, for a `body`
    /// that may throw errors of its own.
    public static func read<Result>(
        _ bytes: some Collection<UInt8>, maxDepth: Int = JSONReader.defaultMaxDepth,
        _ body: (inout JSONReader) throws -> Result
    ) throws -> Result {
        var reader = JSONReader(bytes: bytes, maxDepth: maxDepth)
        let result = try body(&reader)
        try reader.finish()
        return result
    }

    /// The kind of the next value, or nil at the end of the input or when the
    /// next byte cannot start a value. Does not validate the value.
    public func peekKind() -> JSONValueKind? {
        kindOfValue(at: skipWhitespace(from: offset))
    }

    /// Checks that only whitespace remains after the value that was read.
    public func finish() throws(JSONError) {
        let index = skipWhitespace(from: offset)
        if index != end {
            if bytes[index] == UInt8(ascii: "/") { throw error(at: index, "comments are not allowed in JSON") }
            throw error(at: index, "unexpected data after the JSON value")
        }
        if skipWhitespace(from: documentStart) == end {
            throw error(at: end, "unexpected end of input, expected a value")
        }
    }

    /// An error at the next value (or at `offset`), with the current path;
    /// for callers reporting a problem with a value they read, such as a
    /// missing required key or a date in the wrong format.
    public func makeError(_ message: String, at offset: Int? = nil) -> JSONError {
        error(at: offset ?? skipWhitespace(from: self.offset), message)
    }

    /// Opens a container, refusing to nest deeper than ``maxDepth``.
    mutating func pushFrame(isObject: Bool, at index: Int) throws(JSONError) {
        guard frames.count < maxDepth else {
            throw error(at: index, "nesting deeper than \(maxDepth) levels")
        }
        frames.append(JSONPathFrame(isObject: isObject))
    }

    /// Scans an object key at `index` (which must hold its opening quote) and the
    /// colon after it, records the key on the innermost frame for error paths, and
    /// returns the key's token and where the member's value starts.
    mutating func scanKey(at index: Int) throws(JSONError) -> (token: StringToken, valueStart: Int) {
        let last = frames.count - 1
        frames[last].keyStart = -1
        guard bytes[index] == UInt8(ascii: "\"") else { throw keyError(at: index) }
        let token = try scanString(at: index)
        frames[last].keyStart = token.start
        frames[last].keyEnd = token.end
        let colon = skipWhitespace(from: token.next)
        guard bytes[colon] == UInt8(ascii: ":") else {
            throw error(at: colon, "expected ':' after an object key, found \(describeByte(at: colon))")
        }
        return (token, skipWhitespace(from: colon + 1))
    }

    /// Reads an object key at `index` (which must hold its opening quote) and
    /// the colon after it; leaves ``offset`` at the member's value.
    mutating func readKey(at index: Int) throws(JSONError) -> JSONKey {
        let (token, valueStart) = try scanKey(at: index)
        offset = valueStart
        let unescaped = token.hasEscapes ? decodeString(token) : nil
        return JSONKey(input: input, start: token.start, end: token.end, unescaped: unescaped)
    }
}
