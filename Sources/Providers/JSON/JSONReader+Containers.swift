// Objects and arrays. Each comes in two spellings: a body annotated
// `throws(JSONError) in` (or one that cannot throw) keeps errors typed and is
// the fast path; a body without the annotation is inferred as throwing
// `any Error` and may throw the caller's own errors, which pass through unchanged.

extension JSONReader {
    /// Reads an object, calling `body` once per member with its key and this
    /// reader positioned at the member's value.
    ///
    /// `body` reads the value with one of the `read…` methods; a value it
    /// leaves unread is skipped (``skipValue()``), so unknown keys need no
    /// code. Members are reported in document order, duplicates included.
    public mutating func readObject(
        _ body: (_ key: JSONKey, _ reader: inout JSONReader) throws(JSONError) -> Void
    ) throws(JSONError) {
        let open = skipWhitespace(from: offset)
        guard bytes[open] == UInt8(ascii: "{") else { throw mismatch(at: open, expected: "an object") }
        try pushFrame(isObject: true, at: open)
        defer { frames.removeLast() }
        var index = skipWhitespace(from: open + 1)
        if bytes[index] == UInt8(ascii: "}") {
            offset = index + 1
            return
        }
        while true {
            let key = try readKey(at: index)
            let valueStart = offset
            try body(key, &self)
            if offset == valueStart { try skipValue() }
            index = skipWhitespace(from: offset)
            switch bytes[index] {
            case UInt8(ascii: ","):
                let next = skipWhitespace(from: index + 1)
                if bytes[next] == UInt8(ascii: "}") { throw error(at: index, "trailing comma before '}'") }
                index = next
            case UInt8(ascii: "}"):
                offset = index + 1
                return
            default:
                throw afterValueError(at: index, inObject: true)
            }
        }
    }

    /// Reads an object like the typed-throws ``readObject(_:)``, for a
    /// `body` that may throw errors of its own.
    public mutating func readObject(
        _ body: (_ key: JSONKey, _ reader: inout JSONReader) throws -> Void
    ) throws {
        var foreign: (any Error)?
        do {
            try readObject { key, reader throws(JSONError) in
                do {
                    try body(key, &reader)
                } catch let error as JSONError {
                    throw error
                } catch {
                    foreign = error
                    throw JSONReader.foreignErrorMarker
                }
            }
        } catch {
            throw foreign ?? error
        }
    }

    /// Reads an array, calling `body` once per element with its index and
    /// this reader positioned at the element. An element `body` leaves unread is skipped.
    public mutating func readArray(
        _ body: (_ index: Int, _ reader: inout JSONReader) throws(JSONError) -> Void
    ) throws(JSONError) {
        let open = skipWhitespace(from: offset)
        guard bytes[open] == UInt8(ascii: "[") else { throw mismatch(at: open, expected: "an array") }
        try pushFrame(isObject: false, at: open)
        defer { frames.removeLast() }
        var index = skipWhitespace(from: open + 1)
        if bytes[index] == UInt8(ascii: "]") {
            offset = index + 1
            return
        }
        var element = 0
        while true {
            frames[frames.count - 1].index = element
            offset = index
            try body(element, &self)
            if offset == index { try skipValue() }
            index = skipWhitespace(from: offset)
            switch bytes[index] {
            case UInt8(ascii: ","):
                let next = skipWhitespace(from: index + 1)
                if bytes[next] == UInt8(ascii: "]") { throw error(at: index, "trailing comma before ']'") }
                index = next
                element += 1
            case UInt8(ascii: "]"):
                offset = index + 1
                return
            default:
                throw afterValueError(at: index, inObject: false)
            }
        }
    }

    /// Reads an array like the typed-throws ``readArray(_:)``, for a `body`
    /// that may throw errors of its own.
    public mutating func readArray(
        _ body: (_ index: Int, _ reader: inout JSONReader) throws -> Void
    ) throws {
        var foreign: (any Error)?
        do {
            try readArray { index, reader throws(JSONError) in
                do {
                    try body(index, &reader)
                } catch let error as JSONError {
                    throw error
                } catch {
                    foreign = error
                    throw JSONReader.foreignErrorMarker
                }
            }
        } catch {
            throw foreign ?? error
        }
    }

    /// Carries a caller's own error out of a typed-throws loop; replaced by
    /// that error before anyone sees it.
    private static let foreignErrorMarker = JSONError(
        offset: 0, line: 0, column: 0, path: "", message: "an error thrown by the caller")
}
