// Byte-level scanners. Each takes the index of a token's first byte and
// returns where the token ends, validating as it goes; none of them moves the
// reader. Every index they read is at most `end`: they only step past bytes
// that are not the zero sentinel at `bytes[end]`, and a zero inside the input
// is never a valid continuation, so the sentinel stops every loop.

extension JSONReader {
    /// A scanned string: the raw bytes between the quotes.
    struct StringToken {
        /// The first byte after the opening quote.
        var start: Int
        /// The closing quote.
        var end: Int
        /// Whether the raw bytes contain a backslash escape.
        var hasEscapes: Bool
        /// The byte after the closing quote.
        var next: Int { end + 1 }
    }

    /// A scanned number.
    struct NumberToken {
        /// The first byte (a digit or `-`).
        var start: Int
        /// The byte after the last one.
        var end: Int
        /// Whether there is a `.` fraction.
        var hasFraction: Bool
        /// Whether there is an `e`/`E` exponent.
        var hasExponent: Bool
    }

    /// The first index at or after `index` that is not JSON whitespace.
    @inline(__always)
    func skipWhitespace(from index: Int) -> Int {
        var index = index
        while true {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return index
            }
        }
    }

    /// Scans a string whose opening quote is at `index`.
    func scanString(at index: Int) throws(JSONError) -> StringToken {
        let start = index + 1
        var position = start
        var hasEscapes = false
        while true {
            position = plainStringRun(from: position)
            let byte = bytes[position]
            if byte >= 0x20 && byte < 0x80 {
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") {
                    hasEscapes = true
                    position = try scanEscape(at: position)
                } else {
                    position += 1
                }
            } else if byte >= 0x80 {
                // Stay here through a run of non-ASCII text (Cyrillic, CJK).
                repeat {
                    position = try scanMultiByteScalar(at: position)
                } while bytes[position] >= 0x80
            } else if position == end {
                throw error(at: position, "unexpected end of input inside a string")
            } else {
                throw error(at: position, "unescaped control character \(hexByte(byte)) in a string")
            }
        }
        return StringToken(start: start, end: position, hasEscapes: hasEscapes)
    }

    /// Skips string bytes that need no attention (ASCII other than controls,
    /// `"` and `\\`) eight at a time; returns the first byte that may need
    /// attention, or a position within eight bytes of the end.
    @inline(__always)
    func plainStringRun(from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var position = index
        while position &+ 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            // Classic SWAR tests; the lowest flagged byte is always a true match.
            let control = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let flagged =
                (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | word) & highBits
            if flagged != 0 { return position &+ flagged.trailingZeroBitCount >> 3 }
            position &+= 8
        }
        return position
    }

    /// Checks a multi-byte UTF-8 sequence starting at `index` (Unicode table 3-7:
    /// no overlong forms, no surrogates, nothing above U+10FFFF) and returns
    /// the index after it.
    @inline(__always)
    func scanMultiByteScalar(at index: Int) throws(JSONError) -> Int {
        let lead = bytes[index]
        let second = bytes[index + 1]
        switch lead {
        case 0xC2...0xDF:
            if second & 0xC0 == 0x80 { return index + 2 }
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            if second >= low && second <= high && bytes[index + 2] & 0xC0 == 0x80 { return index + 3 }
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            if second >= low && second <= high && bytes[index + 2] & 0xC0 == 0x80
                && bytes[index + 3] & 0xC0 == 0x80
            {
                return index + 4
            }
        default:
            break
        }
        throw error(at: index, "invalid UTF-8 in a string")
    }

    /// Checks the escape whose backslash is at `index` and returns the index after it.
    func scanEscape(at index: Int) throws(JSONError) -> Int {
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            guard let unit = hexQuad(at: index + 2) else {
                throw error(at: index, "invalid \\u escape: expected four hexadecimal digits")
            }
            switch unit {
            case 0xD800...0xDBFF:
                guard bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                    let low = hexQuad(at: index + 8), (0xDC00...0xDFFF).contains(low)
                else {
                    throw error(at: index, "unpaired high surrogate \\u\(hexQuadText(unit)) in a string")
                }
                return index + 12
            case 0xDC00...0xDFFF:
                throw error(at: index, "unpaired low surrogate \\u\(hexQuadText(unit)) in a string")
            default:
                return index + 6
            }
        default:
            if index + 1 == end { throw error(at: index + 1, "unexpected end of input inside a string") }
            throw error(at: index, "invalid escape sequence \\\(describeEscapedByte(bytes[index + 1])) in a string")
        }
    }

    /// The value of four hexadecimal digits at `index`, or nil.
    @inline(__always)
    func hexQuad(at index: Int) -> UInt16? {
        var value: UInt16 = 0
        var position = index
        while position < index + 4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    /// Scans a number whose first byte (a digit or `-`) is at `index`.
    func scanNumber(at index: Int) throws(JSONError) -> NumberToken {
        var position = index
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        switch bytes[position] {
        case UInt8(ascii: "0"):
            position += 1
            if isDigit(bytes[position]) { throw error(at: index, "leading zeros are not allowed in numbers") }
        case UInt8(ascii: "1")...UInt8(ascii: "9"):
            position += 1
            while isDigit(bytes[position]) { position += 1 }
        default:
            throw error(at: position, "expected a digit after '-', found \(describeByte(at: position))")
        }
        var hasFraction = false
        if bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard isDigit(bytes[position]) else {
                throw error(
                    at: position, "expected a digit after the decimal point, found \(describeByte(at: position))")
            }
            hasFraction = true
            while isDigit(bytes[position]) { position += 1 }
        }
        var hasExponent = false
        if bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard isDigit(bytes[position]) else {
                throw error(at: position, "expected a digit in the exponent, found \(describeByte(at: position))")
            }
            hasExponent = true
            while isDigit(bytes[position]) { position += 1 }
        }
        return NumberToken(start: index, end: position, hasFraction: hasFraction, hasExponent: hasExponent)
    }

    /// Scans `true`, `false` or `null` at `index`; returns the value (nil for null) and the index after it.
    func scanLiteral(at index: Int) throws(JSONError) -> (value: Bool?, next: Int) {
        let value: Bool? =
            switch bytes[index] {
            case UInt8(ascii: "t"): true
            case UInt8(ascii: "f"): false
            default: nil
            }
        let word: StaticString =
            switch value {
            case true: "true"
            case false: "false"
            case nil: "null"
            }
        let length = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected -> Bool in
            var position = 0
            while position < length {
                // A mismatch (the sentinel included) stops the loop before reading further.
                if bytes[index + position] != expected[position] { return false }
                position += 1
            }
            return true
        }
        let next = index + length
        guard matches, !isIdentifierByte(bytes[next]) else {
            throw error(at: index, "invalid literal (expected true, false or null)")
        }
        return (value, next)
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Letters, digits and `_`: bytes that would make a literal like `nullx` one word.
    @inline(__always)
    func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
    }

    /// The value of a scanned string; the token must come from ``scanString(at:)``.
    func decodeString(_ token: StringToken) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        guard token.hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        // Unescaping never lengthens the text: `\n` → 1 byte, `\uXXXX` → at most 3, a pair → 4.
        return String(unsafeUninitializedCapacity: raw.count) { out in
            var from = 0
            var to = 0
            while from < raw.count {
                let byte = raw[from]
                guard byte == UInt8(ascii: "\\"), from + 1 < raw.count else {
                    out[to] = byte
                    to += 1
                    from += 1
                    continue
                }
                let escaped = raw[from + 1]
                from += 2
                switch escaped {
                case UInt8(ascii: "b"): out[to] = 0x08
                case UInt8(ascii: "f"): out[to] = 0x0C
                case UInt8(ascii: "n"): out[to] = 0x0A
                case UInt8(ascii: "r"): out[to] = 0x0D
                case UInt8(ascii: "t"): out[to] = 0x09
                case UInt8(ascii: "u"):
                    let at = token.start + from
                    var scalar = UInt32(hexQuad(at: at) ?? 0xFFFD)
                    from += 4
                    if scalar >= 0xD800 && scalar <= 0xDBFF, let low = hexQuad(at: at + 6) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                        from += 6
                    }
                    to += encodeUTF8(scalar, into: out, at: to)
                    continue
                default: out[to] = escaped
                }
                to += 1
            }
            return to
        }
    }

    /// Writes `scalar` as UTF-8 at `index` and returns the number of bytes written.
    @inline(__always)
    func encodeUTF8(_ scalar: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch scalar {
        case ..<0x80:
            out[index] = UInt8(scalar)
            return 1
        case ..<0x800:
            out[index] = UInt8(0xC0 | scalar >> 6)
            out[index + 1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        case ..<0x10000:
            out[index] = UInt8(0xE0 | scalar >> 12)
            out[index + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[index + 2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        default:
            out[index] = UInt8(0xF0 | scalar >> 18)
            out[index + 1] = UInt8(0x80 | scalar >> 12 & 0x3F)
            out[index + 2] = UInt8(0x80 | scalar >> 6 & 0x3F)
            out[index + 3] = UInt8(0x80 | scalar & 0x3F)
            return 4
        }
    }
}
