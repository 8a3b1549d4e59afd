import CostCore

/// How F5 Distributed Cloud's money is read from its JSON text.
///
/// The documented form is an int64 count of hundredths, which protobuf's JSON mapping writes as
/// a string of digits (`"12345"` is 123.45) and also accepts as a JSON integer. The shapes of
/// the priced calls are not documented, so a decimal is accepted too, as the amount itself. The
/// rule goes by the text alone, never by size: digits only (with an optional minus) are
/// hundredths, whether quoted or not; a decimal point or an exponent means units. The one
/// ambiguity is a serializer that writes whole units as a bare integer (`12` for 12.00): that
/// is read as 0.12, because an int64 field cannot hold a fraction and hundredths is what the
/// document states.
enum F5Money {
    /// What a piece of text is.
    enum Reading: Equatable {
        /// Money, exactly.
        case amount(Amount)
        /// Digits beyond `Int64`, or a decimal too precise or too large to hold exactly.
        case outOfRange
        /// Not a number in the JSON grammar.
        case notMoney
    }

    /// Reads `text` (a JSON string's contents or a JSON number as written).
    static func parse(_ text: String) -> Reading {
        let bytes = Array(text.utf8)
        let negative = bytes.first == UInt8(ascii: "-")
        let body = negative ? bytes.dropFirst() : bytes[...]
        guard let first = body.first, isDigit(first) else { return .notMoney }
        if body.allSatisfy(isDigit) {
            guard let count = hundredths(body, negative: negative) else { return .outOfRange }
            return .amount(Amount(minorUnits: count, decimals: 2))
        }
        guard isJSONNumber(body) else { return .notMoney }
        guard let amount = Amount(text) else { return .outOfRange }
        return .amount(amount)
    }

    /// The value of the digits when it fits `Int64`.
    private static func hundredths(_ digits: ArraySlice<UInt8>, negative: Bool) -> Int64? {
        var value: Int64 = 0
        for byte in digits {
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = next
        }
        return value
    }

    /// Whether `bytes` (without a sign) follow JSON's number grammar: `int [. digits] [e [+-] digits]`.
    private static func isJSONNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        func digits() -> Int {
            let start = index
            while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
            return index - start
        }
        let integer = digits()
        guard integer > 0, integer == 1 || bytes[bytes.startIndex] != UInt8(ascii: "0") else { return false }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
