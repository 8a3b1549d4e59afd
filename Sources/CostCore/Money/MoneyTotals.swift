/// Running totals kept separately per currency. The only way to sum money.
public struct MoneyTotals: Hashable, Sendable {
    private var totals: [Currency: Amount] = [:]

    /// Empty totals.
    public init() {}

    /// Totals of the given money values.
    public init(_ values: some Sequence<Money>) {
        for value in values { add(value) }
    }

    /// Adds `money` to its own currency's total.
    public mutating func add(_ money: Money) {
        totals[money.currency, default: .zero] += money.amount
    }

    /// Adds all of `other`'s totals, currency by currency.
    public mutating func add(_ other: MoneyTotals) {
        for (currency, amount) in other.totals { totals[currency, default: .zero] += amount }
    }

    /// The total in `currency` (zero when nothing was added in it).
    public subscript(currency: Currency) -> Money { Money(totals[currency] ?? .zero, currency) }

    /// Currencies present, alphabetically.
    public var currencies: [Currency] { totals.keys.sorted() }

    /// One ``Money`` per currency, alphabetically by code.
    public var values: [Money] { currencies.map { self[$0] } }

    /// Whether nothing has been added.
    public var isEmpty: Bool { totals.isEmpty }
}
