// Building errors: position, path and short descriptions of what was found.
// Messages quote at most a few bytes of the input; the path quotes at most
// about forty bytes of keys.

extension JSONReader {
    /// The most key bytes an error's path quotes.
    static let pathKeyBudget = 40
    /// The most bytes of a single key an error's path quotes.
    static let pathKeyLimit = 24
    /// The most parts (keys and indices) an error's path shows.
    static let pathComponentLimit = 16

    /// An error at byte `index` with the current path.
    func error(at index: Int, _ message: String) -> JSONError {
        let index = min(max(index, 0), end)
        var line = 1
        var column = 1
        var position = index >= documentStart ? documentStart : 0
        while position < index {
            let byte = bytes[position]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            position += 1
        }
        return JSONError(offset: index, line: line, column: column, path: currentPath(), message: message)
    }

    /// The path of the open containers, e.g. `consumptions[12].amount`. Only
    /// the innermost ``pathComponentLimit`` parts and ``pathKeyBudget`` bytes of
    /// keys are shown; elided outer parts become `…`.
    func currentPath() -> String {
        var parts: [String] = []
        var budget = JSONReader.pathKeyBudget
        var elided = false
        for frame in frames.reversed() {
            if frame.isObject && frame.keyStart < 0 { continue }
            if !frame.isObject && frame.index < 0 { continue }
            guard parts.count < JSONReader.pathComponentLimit, budget > 0 else {
                elided = true
                break
            }
            if frame.isObject {
                let length = frame.keyEnd - frame.keyStart
                let limit = min(length, JSONReader.pathKeyLimit, budget)
                budget -= max(limit, 1)
                parts.append("." + keyText(start: frame.keyStart, length: length, limit: limit))
            } else {
                parts.append("[\(frame.index)]")
            }
        }
        var path = elided ? "…" : ""
        for part in parts.reversed() { path += part }
        if path.hasPrefix(".") { path.removeFirst() }
        return path
    }

    /// A key's raw text, cut to `limit` bytes at a character boundary.
    private func keyText(start: Int, length: Int, limit: Int) -> String {
        var cut = limit
        if cut < length {
            while cut > 0 && bytes[start + cut] & 0xC0 == 0x80 { cut -= 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + cut]), as: UTF8.self)
        return cut < length ? text + "…" : text
    }

    /// "'x'" for printable ASCII, "end of input" at the end, "byte 0xNN" otherwise.
    func describeByte(at index: Int) -> String {
        if index >= end { return "end of input" }
        let byte = bytes[index]
        if byte > 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte \(hexByte(byte))"
    }

    /// The byte after a backslash as it would be written in an escape.
    func describeEscapedByte(_ byte: UInt8) -> String {
        if byte > 0x20 && byte < 0x7F { return String(Character(Unicode.Scalar(byte))) }
        return "(byte \(hexByte(byte)))"
    }

    /// `0x0A`.
    func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
    }

    /// `D83D`.
    func hexQuadText(_ unit: UInt16) -> String {
        let digits = Array("0123456789ABCDEF")
        return (0..<4).reversed().map { String(digits[Int(unit >> ($0 * 4) & 0x0F)]) }.joined()
    }

    /// Why the byte at `index` cannot start a value.
    func invalidValueError(at index: Int) -> JSONError {
        let byte = bytes[index]
        let message: String
        switch byte {
        case _ where index >= end: message = "unexpected end of input, expected a value"
        case UInt8(ascii: "'"): message = "strings must be in double quotes"
        case UInt8(ascii: "/"): message = "comments are not allowed in JSON"
        case UInt8(ascii: "+"): message = "a number cannot start with '+'"
        case UInt8(ascii: "."): message = "a number needs a digit before the decimal point"
        case UInt8(ascii: "N"), UInt8(ascii: "I"): message = "NaN and Infinity are not valid JSON"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            message = "invalid literal (expected true, false or null)"
        default: message = "expected a value, found \(describeByte(at: index))"
        }
        return error(at: index, message)
    }

    /// The value at `index` is well-started but not of the kind asked for —
    /// or cannot start a value at all.
    func mismatch(at index: Int, expected: String) -> JSONError {
        guard let kind = kindOfValue(at: index) else { return invalidValueError(at: index) }
        return error(at: index, "expected \(expected), found \(kind)")
    }

    /// The kind of value starting at `index`, judged by its first byte.
    func kindOfValue(at index: Int) -> JSONValueKind? {
        switch bytes[index] {
        case UInt8(ascii: "{"): .object
        case UInt8(ascii: "["): .array
        case UInt8(ascii: "\""): .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): .bool
        case UInt8(ascii: "n"): .null
        default: nil
        }
    }

    /// Why the byte at `index` cannot start an object key.
    func keyError(at index: Int) -> JSONError {
        switch bytes[index] {
        case _ where index >= end: error(at: index, "unexpected end of input inside an object")
        case UInt8(ascii: "'"): error(at: index, "object keys must be strings in double quotes")
        case UInt8(ascii: "/"): error(at: index, "comments are not allowed in JSON")
        default: error(at: index, "expected a string key, found \(describeByte(at: index))")
        }
    }

    /// Why the byte at `index` cannot follow a value inside a container.
    func afterValueError(at index: Int, inObject: Bool) -> JSONError {
        let container = inObject ? "an object" : "an array"
        if index >= end { return error(at: index, "unexpected end of input inside \(container)") }
        if bytes[index] == UInt8(ascii: "/") { return error(at: index, "comments are not allowed in JSON") }
        let expected = inObject ? "',' or '}'" : "',' or ']'"
        return error(
            at: index,
            "expected \(expected) after \(inObject ? "a member" : "an element"), found \(describeByte(at: index))")
    }
}
