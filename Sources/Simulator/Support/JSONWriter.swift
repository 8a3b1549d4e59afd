/// Builds JSON text directly as UTF-8 bytes.
///
/// The simulator streams large answers (a year of hourly rows), so it writes JSON by hand
/// instead of going through `JSONEncoder`. Callers are responsible for commas and nesting.
struct JSONWriter: Sendable {
    /// The JSON text written so far.
    var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text that is already valid JSON (keys, punctuation, literals).
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends pre-rendered JSON bytes.
    mutating func raw(_ fragment: [UInt8]) {
        bytes.append(contentsOf: fragment)
    }

    /// Appends a quoted, escaped JSON string.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""):
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"):
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"):
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a JSON string, or `null` when `text` is nil.
    mutating func optionalString(_ text: String?) {
        if let text {
            string(text)
        } else {
            raw("null")
        }
    }

    /// Appends an integer.
    mutating func integer(_ value: Int64) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Appends a fixed-point number as exact decimal text with no trailing zeros:
    /// `value` counts units of 10^-`fractionDigits`, e.g. 12_500 with 3 digits is `12.5`,
    /// 1 with 6 digits is `0.000001`, 3_000 with 3 digits is `3`. No `Double` on the way.
    mutating func decimal(_ value: Int64, fractionDigits: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
        }
        var scale: UInt64 = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        let magnitude = value.magnitude
        integer(Int64(magnitude / scale))
        var fraction = magnitude % scale
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = scale / 10
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Appends a number given in thousandths, e.g. 12_500 as `12.5` and 3_000 as `3`.
    mutating func decimal(thousandths value: Int64) {
        decimal(value, fractionDigits: 3)
    }
}
