import CostCore
import Foundation

// The value types of F5 Distributed Cloud's web API: money as an int64 count of hundredths
// (protobuf's JSON mapping writes int64 as a string) or as a decimal, timestamps as RFC 3339
// strings.

extension JSONReader {
    /// Reads money, its unit decided by how it is written (``F5Money``): a string of digits or a
    /// JSON integer is an int64 count of hundredths (`"12345"` and `12345` are 123.45); a string
    /// or JSON number with a decimal point or an exponent is the amount itself (`"123.45"`,
    /// `123.45`). Read exactly: anything else, or a value that cannot be held exactly, is an error.
    mutating func readF5Money() throws(JSONError) -> Amount {
        let start = offset
        let kind = peekKind()
        guard kind == .string || kind == .number else {
            throw makeError("expected money as a string or a number")
        }
        let text = try readScalarText()
        switch F5Money.parse(text) {
        case .amount(let amount):
            return amount
        case .outOfRange:
            throw makeError("money out of range (hundredths beyond 64 bits, or too precise)", at: start)
        case .notMoney:
            throw makeError(
                "expected money as hundredths (\"12345\") or a decimal (\"123.45\") in the string", at: start)
        }
    }

    /// Reads a value of a field that carries no money: a number, or a string holding one, read
    /// exactly (rounding only beyond 12 decimals); `null` is nil. Any other value is skipped and
    /// added to `unreadable` under `field`, for the caller to warn about.
    mutating func readF5Quantity(field: String, into unreadable: inout [F5UnreadableValue]) throws(JSONError)
        -> Amount?
    {
        switch peekKind() {
        case .null:
            _ = try readNull()
            return nil
        case .string, .number, .bool:
            let text = try readScalarText()
            if let amount = Amount(roundingExcessDigits: text) { return amount }
            unreadable.append(F5UnreadableValue(field: field, text: text))
            return nil
        default:
            let what = peekKind() == .object ? "an object" : "an array"
            try skipValue()
            unreadable.append(F5UnreadableValue(field: field, text: what, isQuoted: false))
            return nil
        }
    }

    /// Reads a currency code (`"USD"`, any case).
    mutating func readF5Currency() throws(JSONError) -> Currency {
        let start = offset
        let text = try readString()
        guard let currency = Currency(code: text) else {
            throw makeError("expected a three-letter currency code", at: start)
        }
        return currency
    }

    /// Reads a timestamp: an RFC 3339 string, a string of Unix seconds, or a JSON integer of
    /// Unix seconds, between 1970 and 9999.
    mutating func readF5Timestamp() throws(JSONError) -> Date {
        if peekKind() == .number {
            let start = offset
            guard let date = F5Timestamp.date(unixSeconds: try readInt64()) else {
                throw makeError("timestamp out of range (1970 to 9999)", at: start)
            }
            return date
        }
        let start = offset
        let text = try readString()
        guard let date = F5Timestamp.parse(text) else {
            throw makeError("expected an RFC 3339 timestamp", at: start)
        }
        return date
    }
}
