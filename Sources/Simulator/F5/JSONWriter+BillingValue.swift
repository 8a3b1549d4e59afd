extension JSONWriter {
    /// Appends `usage / divisor` rounded half up to 9 decimals, without trailing zeros.
    mutating func billingValue(_ usage: Int64, divisor: Int64) {
        let scaled = (Int128(usage) * 1_000_000_000 + Int128(divisor) / 2) / Int128(max(1, divisor))
        decimal(Int64(clamping: scaled), fractionDigits: 9)
    }
}
