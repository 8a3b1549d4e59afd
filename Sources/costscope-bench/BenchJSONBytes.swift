/// Appends JSON text to a byte buffer: the generators write pages by hand (no encoder), so a
/// million rows render in a fraction of a second and every number is exact.
struct BenchJSONBytes {
    /// The text written so far.
    var bytes: [UInt8] = []

    /// Creates a writer with room for `capacity` bytes.
    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text that is already JSON (keys, punctuation).
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends bytes that are already JSON.
    mutating func raw(_ fragment: [UInt8]) {
        bytes.append(contentsOf: fragment)
    }

    /// Appends a quoted string, escaping quotes, backslashes and control characters; with
    /// `escapeNonASCII` every non-ASCII scalar is written as `\uXXXX` (surrogate pairs above
    /// the basic plane), as some APIs do.
    mutating func string(_ text: String, escapeNonASCII: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\t": raw("\\t")
            case _ where scalar.value < 0x20 || (escapeNonASCII && scalar.value > 0x7E):
                if scalar.value > 0xFFFF {
                    let value = scalar.value - 0x1_0000
                    unicodeEscape(0xD800 + (value >> 10))
                    unicodeEscape(0xDC00 + (value & 0x3FF))
                } else {
                    unicodeEscape(scalar.value)
                }
            default:
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a non-negative integer.
    mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: [UInt8] = []
        var rest = value.magnitude
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes.append(contentsOf: digits.reversed())
    }

    /// Appends `value` millionths as an exact decimal without trailing zeros (`12.5`, `0.000001`, `3`).
    mutating func micros(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        integer(Int64(magnitude / 1_000_000))
        var fraction = magnitude % 1_000_000
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor: UInt64 = 100_000
        while fraction != 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Appends `value` hundredths as an exact decimal with two places (`12.50`).
    mutating func hundredths(_ value: Int64) {
        integer(value / 100)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(value % 100 / 10))
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    private mutating func unicodeEscape(_ value: UInt32) {
        let hex = Array("0123456789abcdef".utf8)
        raw("\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
