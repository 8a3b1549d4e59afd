import CostCore

/// Signed changes formatted for the screen: `+1,234.50 ₽`, `−12.3%`, `new`.
enum ChangeText {
    /// The exact Δ with its sign and currency; zero has no sign.
    static func money(_ delta: Amount, _ currency: Currency, ascii: Bool) -> String {
        let magnitude = MoneyText.format(Money(delta.magnitude, currency), ascii: ascii)
        if delta.isZero { return magnitude }
        return (delta.isNegative ? (ascii ? "-" : "−") : "+") + magnitude
    }

    /// Δ% with its sign and one decimal (none from 1000 % up); `new` when there was nothing before.
    static func percent(_ value: Double?, ascii: Bool) -> String {
        guard let value, value.isFinite else { return "new" }
        let tenths = Int((value * 10).rounded())
        if tenths == 0 { return "0.0%" }
        let sign = tenths < 0 ? (ascii ? "-" : "−") : "+"
        let size = abs(tenths)
        if size >= 100_000 { return sign + ">9999%" }
        if size >= 10_000 { return sign + "\(size / 10)%" }
        return sign + "\(size / 10).\(size % 10)%"
    }

    /// The heading of the Δ column (`+/-` in ASCII).
    static func deltaHeading(ascii: Bool) -> String { ascii ? "+/-" : "Δ" }

    /// The heading of the Δ% column.
    static func percentHeading(ascii: Bool) -> String { deltaHeading(ascii: ascii) + "%" }

    /// The role that colours a change: spend up is unfavourable, spend down favourable.
    static func role(_ delta: Amount) -> StyleRole {
        delta.isZero ? .muted : delta.isNegative ? .positive : .negative
    }
}
