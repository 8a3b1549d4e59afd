/// Running totals kept separately per currency. The only way to sum money.
///
/// A total that would go beyond what ``Amount`` holds is never wrapped or trapped: the currency
/// is marked in ``overflowedCurrencies`` and its total stops changing, for the caller to report.
public struct MoneyTotals: Hashable, Sendable {
    private var totals: [Currency: Amount] = [:]
    private var overflowed: Set<Currency> = []

    /// Empty totals.
    public init() {}

    /// Totals of the given money values.
    public init(_ values: some Sequence<Money>) {
        for value in values { add(value) }
    }

    /// Each currency's total side by side (`388.89 €  ·  214,347.52 ₽`), never added together;
    /// `—` when there is none. `ascii` as in ``Money/formatted(ascii:)``.
    public func formatted(ascii: Bool) -> String {
        isEmpty ? "—" : values.map { $0.formatted(ascii: ascii) }.joined(separator: "  ·  ")
    }

    /// Adds `money` to its own currency's total.
    public mutating func add(_ money: Money) {
        add(money.amount, in: money.currency)
    }

    /// Adds all of `other`'s totals, currency by currency.
    public mutating func add(_ other: MoneyTotals) {
        for (currency, amount) in other.totals { add(amount, in: currency) }
        overflowed.formUnion(other.overflowed)
    }

    private mutating func add(_ amount: Amount, in currency: Currency) {
        guard !overflowed.contains(currency) else { return }
        let (sum, overflow) = totals[currency, default: .zero].addingReportingOverflow(amount)
        if overflow {
            overflowed.insert(currency)
        } else {
            totals[currency] = sum
        }
    }

    /// The total in `currency` (zero when nothing was added in it).
    public subscript(currency: Currency) -> Money { Money(totals[currency] ?? .zero, currency) }

    /// Currencies present, alphabetically.
    public var currencies: [Currency] { totals.keys.sorted() }

    /// One ``Money`` per currency, alphabetically by code.
    public var values: [Money] { currencies.map { self[$0] } }

    /// Whether nothing has been added.
    public var isEmpty: Bool { totals.isEmpty }

    /// Currencies whose total went beyond what ``Amount`` holds, alphabetically; their totals
    /// are not meaningful.
    public var overflowedCurrencies: [Currency] { overflowed.sorted() }
}
