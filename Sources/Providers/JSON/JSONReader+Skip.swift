// Skipping values without decoding them: one loop with an explicit stack,
// so arbitrarily deep input is refused at `maxDepth` instead of recursing.

extension JSONReader {
    /// Skips the next value, validating it fully (strings, numbers, nesting)
    /// without building anything.
    public mutating func skipValue() throws(JSONError) {
        let base = frames.count
        defer {
            if frames.count > base { frames.removeLast(frames.count - base) }
        }
        var index = skipWhitespace(from: offset)
        while true {
            // A value starts at `index`.
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try pushFrame(isObject: true, at: index)
                let first = skipWhitespace(from: index + 1)
                if bytes[first] == UInt8(ascii: "}") {
                    frames.removeLast()
                    index = first + 1
                } else {
                    index = try skipKey(at: first)
                    continue
                }
            case UInt8(ascii: "["):
                try pushFrame(isObject: false, at: index)
                let first = skipWhitespace(from: index + 1)
                if bytes[first] == UInt8(ascii: "]") {
                    frames.removeLast()
                    index = first + 1
                } else {
                    frames[frames.count - 1].index = 0
                    index = first
                    continue
                }
            case UInt8(ascii: "\""):
                index = try scanString(at: index).next
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                index = try scanNumber(at: index).end
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                index = try scanLiteral(at: index).next
            default:
                throw invalidValueError(at: index)
            }
            // A value ended before `index`: close containers until one continues.
            while true {
                if frames.count == base {
                    offset = index
                    return
                }
                index = skipWhitespace(from: index)
                let last = frames.count - 1
                let isObject = frames[last].isObject
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    let next = skipWhitespace(from: index + 1)
                    if isObject {
                        if bytes[next] == UInt8(ascii: "}") { throw error(at: index, "trailing comma before '}'") }
                        index = try skipKey(at: next)
                    } else {
                        if bytes[next] == UInt8(ascii: "]") { throw error(at: index, "trailing comma before ']'") }
                        frames[last].index += 1
                        index = next
                    }
                    break
                }
                if byte == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    frames.removeLast()
                    index += 1
                } else {
                    throw afterValueError(at: index, inObject: isObject)
                }
            }
        }
    }

    /// Scans an object key at `index`, records it on the innermost frame and
    /// returns the start of the member's value.
    private mutating func skipKey(at index: Int) throws(JSONError) -> Int {
        try scanKey(at: index).valueStart
    }
}
