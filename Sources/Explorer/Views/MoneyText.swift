import CostCore

/// Money formatted for the screen.
enum MoneyText {
    /// `12,345.67 ₽` (or `12,345.67 RUB` in ASCII mode).
    static func format(_ money: Money, ascii: Bool) -> String {
        let number = money.amount.formatted(places: money.currency.minorUnitDigits, groupingSeparator: ",")
        let unit = ascii ? money.currency.code : money.currency.symbol
        return number + " " + unit
    }

    /// Totals per currency shown side by side — never added together.
    static func format(_ totals: MoneyTotals, ascii: Bool) -> String {
        totals.isEmpty ? "—" : totals.values.map { format($0, ascii: ascii) }.joined(separator: "  ·  ")
    }

    /// A count with thousands separators: `45,000`.
    static func grouped(_ count: Int) -> String {
        Amount(count).formatted(places: 0, groupingSeparator: ",")
    }
}
