extension JSONWriter {
    /// Appends a number given in millionths as exact decimal text with no trailing zeros,
    /// e.g. 12_500_000 as `12.5`, 1 as `0.000001` and 3_000_000 as `3`.
    ///
    /// Cloud.ru sends money and quantities as JSON numbers with up to six decimals; writing
    /// them from integers keeps every digit exact (no `Double` formatting on the way).
    mutating func decimal(micros value: Int64) {
        decimal(value, fractionDigits: 6)
    }

    /// Appends `value` as lowercase hexadecimal, exactly 16 digits.
    mutating func hex(_ value: UInt64) {
        let digits = Array("0123456789abcdef".utf8)
        var shift: UInt64 = 60
        while true {
            bytes.append(digits[Int((value >> shift) & 0xF)])
            if shift == 0 { break }
            shift -= 4
        }
    }
}
