import CostCore

// Reading scalar values. Each method skips leading whitespace; on a type
// mismatch it throws without consuming anything.

extension JSONReader {
    /// Reads a string and returns its unescaped value (UTF-8 validated).
    public mutating func readString() throws(JSONError) -> String {
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string") }
        let token = try scanString(at: start)
        offset = token.next
        return decodeString(token)
    }

    /// Reads a string, or `null` as nil.
    public mutating func readStringOrNull() throws(JSONError) -> String? {
        if try readNull() { return nil }
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string or null") }
        return try readString()
    }

    /// Reads a string's value, or the text of a number or boolean as written
    /// (`12.50`, `true`); for fields that providers send either way.
    public mutating func readScalarText() throws(JSONError) -> String {
        let start = skipWhitespace(from: offset)
        switch kindOfValue(at: start) {
        case .string:
            return try readString()
        case .number:
            let token = try scanNumber(at: start)
            offset = token.end
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        case .bool:
            let literal = try scanLiteral(at: start)
            guard let value = literal.value else { throw mismatch(at: start, expected: "a string, number or boolean") }
            offset = literal.next
            return value ? "true" : "false"
        default:
            throw mismatch(at: start, expected: "a string, number or boolean")
        }
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws(JSONError) -> Bool {
        let start = skipWhitespace(from: offset)
        guard kindOfValue(at: start) == .bool else { throw mismatch(at: start, expected: "a boolean") }
        let literal = try scanLiteral(at: start)
        guard let value = literal.value else { throw mismatch(at: start, expected: "a boolean") }
        offset = literal.next
        return value
    }

    /// Consumes `null` and returns true if the next value is null; otherwise
    /// consumes nothing and returns false.
    public mutating func readNull() throws(JSONError) -> Bool {
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "n") else { return false }
        let literal = try scanLiteral(at: start)
        offset = literal.next
        return true
    }

    /// Reads a whole number that fits in `Int64`; fractions and exponents
    /// (`1.0`, `1e3`) are refused.
    public mutating func readInt64() throws(JSONError) -> Int64 {
        let start = skipWhitespace(from: offset)
        guard kindOfValue(at: start) == .number else { throw mismatch(at: start, expected: "an integer") }
        let token = try scanNumber(at: start)
        guard !token.hasFraction && !token.hasExponent else {
            throw error(at: start, "expected an integer, found a number with a fraction or exponent")
        }
        let negative = bytes[start] == UInt8(ascii: "-")
        var position = negative ? start + 1 : start
        var value: Int64 = 0
        while position < token.end {
            let digit = Int64(bytes[position] &- UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA && !overflowB else { throw error(at: start, "integer out of range for Int64") }
            value = next
            position += 1
        }
        offset = token.end
        return value
    }

    /// Reads an exact decimal: a JSON number, or a string holding one
    /// (`"12.345678"`; the string must follow the JSON number grammar exactly).
    ///
    /// - Parameter roundingExcessDigits: Round digits beyond ``Amount/scale``
    ///   places half away from zero instead of failing; for quantities, never for money.
    /// - Throws: A ``JSONError`` when the number cannot be held exactly
    ///   (too many fractional digits, or more than ``Amount/maxIntegerDigits`` integer digits).
    public mutating func readAmount(roundingExcessDigits: Bool = false) throws(JSONError) -> Amount {
        let start = skipWhitespace(from: offset)
        let token: NumberToken
        let next: Int
        switch bytes[start] {
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            token = try scanNumber(at: start)
            next = token.end
        case UInt8(ascii: "\""):
            let string = try scanString(at: start)
            let first = bytes[string.start]
            guard !string.hasEscapes, first == UInt8(ascii: "-") || isDigit(first) else {
                throw error(at: start, "expected a decimal number in the string")
            }
            token = try scanNumber(at: string.start)
            guard token.end == string.end else { throw error(at: start, "expected a decimal number in the string") }
            next = string.next
        default:
            throw mismatch(at: start, expected: "a number or a string holding one")
        }
        guard let amount = makeAmount(token, roundingExcessDigits: roundingExcessDigits) else {
            throw error(at: start, "number too precise or too large to hold exactly")
        }
        offset = next
        return amount
    }

    /// Reads an amount, or `null` as nil.
    public mutating func readAmountOrNull(roundingExcessDigits: Bool = false) throws(JSONError) -> Amount? {
        if try readNull() { return nil }
        return try readAmount(roundingExcessDigits: roundingExcessDigits)
    }

    /// ``Amount`` units in one whole: 10^``Amount/scale``.
    static let unitsPerWhole: Int128 = {
        var units: Int128 = 1
        for _ in 0..<Amount.scale { units *= 10 }
        return units
    }()

    /// Converts a scanned number to an exact amount. Plain decimals with at
    /// most ``Amount/scale`` fractional digits are converted here; anything
    /// else (exponents, long fractions, huge values) goes to ``Amount``'s parser.
    func makeAmount(_ token: NumberToken, roundingExcessDigits: Bool) -> Amount? {
        let raw = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        if !token.hasExponent, let amount = fastAmount(raw) { return amount }
        if roundingExcessDigits {
            return Amount(roundingExcessDigits: String(decoding: raw, as: UTF8.self))
        }
        return Amount(asciiBytes: raw)
    }

    /// A valid JSON number without exponent, converted without allocating;
    /// nil when it needs the general parser.
    @inline(__always)
    private func fastAmount(_ raw: UnsafeBufferPointer<UInt8>) -> Amount? {
        var position = 0
        let negative = raw[0] == UInt8(ascii: "-")
        if negative { position = 1 }
        // Counted before any arithmetic: 39 or more digits would overflow `Int128` and trap.
        var wholeEnd = position
        while wholeEnd < raw.count && raw[wholeEnd] != UInt8(ascii: ".") { wholeEnd += 1 }
        guard wholeEnd - position <= Amount.maxIntegerDigits else { return nil }
        var whole: Int128 = 0
        while position < wholeEnd {
            whole = whole * 10 + Int128(raw[position] &- UInt8(ascii: "0"))
            position += 1
        }
        var fraction: Int128 = 0
        var places = 0
        if position < raw.count {
            position += 1
            guard raw.count - position <= Amount.scale else { return nil }
            while position < raw.count {
                fraction = fraction * 10 + Int128(raw[position] &- UInt8(ascii: "0"))
                places += 1
                position += 1
            }
        }
        while places < Amount.scale {
            fraction *= 10
            places += 1
        }
        let units = whole * JSONReader.unitsPerWhole + fraction
        return Amount(units: negative ? -units : units)
    }
}
