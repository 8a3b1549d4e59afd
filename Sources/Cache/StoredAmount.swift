import CostCore

/// Reads an amount the cache wrote with `Amount.description` — an optional minus, at most
/// ``Amount/maxIntegerDigits`` integer digits and at most ``Amount/scale`` fractional ones —
/// straight from its bytes, with no intermediate array. Anything else (a file edited by hand)
/// goes through `Amount(asciiBytes:)`, which accepts or rejects it exactly as before.
enum StoredAmount {
    /// The amount in `bytes`, or nil when the text is not a decimal number.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Amount? {
        fast(bytes) ?? Amount(asciiBytes: bytes)
    }

    private static func fast(_ bytes: UnsafeBufferPointer<UInt8>) -> Amount? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var units: Int128 = 0
        var integerDigits = 0
        // Digits are counted before they are added up: a hand-edited file with 39 or more
        // would overflow `Int128`.
        while index < bytes.count, let digit = digit(bytes[index]) {
            guard integerDigits < Amount.maxIntegerDigits else { return nil }
            units = units * 10 + Int128(digit)
            integerDigits += 1
            index += 1
        }
        guard integerDigits > 0 else { return nil }
        var fractionDigits = 0
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return nil }
            index += 1
            while index < bytes.count, let digit = digit(bytes[index]) {
                guard fractionDigits < Amount.scale else { return nil }
                units = units * 10 + Int128(digit)
                fractionDigits += 1
                index += 1
            }
            guard index == bytes.count, fractionDigits > 0, fractionDigits <= Amount.scale else { return nil }
        }
        for _ in fractionDigits..<Amount.scale { units *= 10 }
        return Amount(units: negative ? -units : units)
    }

    private static func digit(_ byte: UInt8) -> UInt8? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : nil
    }
}
