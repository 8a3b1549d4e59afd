import CostCore
import Foundation

// The value types of F5 Distributed Cloud's web API: money as an int64 count of hundredths
// (protobuf's JSON mapping writes int64 as a string), timestamps as RFC 3339 strings.

extension JSONReader {
    /// Reads money written as an int64 count of hundredths of the currency unit: a string of
    /// digits with an optional minus (`"12345"` is 123.45) or a JSON integer. Fractions,
    /// exponents and values beyond `Int64` are errors, never rounded.
    mutating func readF5Hundredths() throws(JSONError) -> Amount {
        switch peekKind() {
        case .number:
            return Amount(minorUnits: try readInt64(), decimals: 2)
        case .string:
            let start = offset
            let text = try readString()
            guard let count = F5Hundredths.parse(text) else {
                throw makeError("expected an integer count of hundredths in the string", at: start)
            }
            return Amount(minorUnits: count, decimals: 2)
        default:
            throw makeError("expected an integer count of hundredths (a string or a number)")
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
