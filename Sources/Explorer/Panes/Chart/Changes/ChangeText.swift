import CostCore
import TerminalKit

/// Signed changes formatted for the screen: `+1,234.50 ₽`, `−12.3%`, `new`.
enum ChangeText {
    /// The exact Δ with its sign and currency; zero has no sign.
    static func money(_ delta: Amount, _ currency: Currency, ascii: Bool) -> String {
        let magnitude = Money(delta.magnitude, currency).formatted(ascii: ascii)
        if delta.isZero { return magnitude }
        return (delta.isNegative ? (ascii ? "-" : "−") : "+") + magnitude
    }

    /// Δ shortened for a narrow column: from 10,000 on in thousands (`+105.8K ₽`), from
    /// 10,000,000 on in millions (`−12.4M ₽`), rounded half away from zero to a tenth, exactly;
    /// smaller changes as ``money(_:_:ascii:)``.
    static func compactMoney(_ delta: Amount, _ currency: Currency, ascii: Bool) -> String {
        let magnitude = delta.magnitude
        guard magnitude >= Amount(10_000) else { return money(delta, currency, ascii: ascii) }
        let millions = magnitude >= Amount(10_000_000)
        let tenthUnits = Amount(millions ? 100_000 : 100).units
        let tenths = (magnitude.units + tenthUnits / 2) / tenthUnits
        let whole = Amount(units: (tenths / 10) * Amount(1).units).formatted(places: 0, groupingSeparator: ",")
        let shortened = whole + ".\(tenths % 10)" + (millions ? "M" : "K")
        let sign = delta.isNegative ? (ascii ? "-" : "−") : "+"
        return sign + shortened + " " + (ascii ? currency.code : currency.symbol)
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

extension ChangeLabel {
    /// The one-cell mark of the label: `▲ ▼ + × ↗`, or `^ v + x /` in ASCII.
    public func glyph(ascii: Bool) -> String {
        switch self {
        case .spike: ascii ? "^" : "▲"
        case .drop: ascii ? "v" : "▼"
        case .new: "+"
        case .stopped: ascii ? "x" : "×"
        case .growing: ascii ? "/" : "↗"
        }
    }
}
