/// An exact amount in one currency.
///
/// `Money` deliberately has no `+`: sums go through ``MoneyTotals``, which
/// keeps one running total per currency, so two currencies can never be added.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    /// The exact amount.
    public let amount: Amount
    /// The currency.
    public let currency: Currency

    /// Creates money.
    public init(_ amount: Amount, _ currency: Currency) {
        self.amount = amount
        self.currency = currency
    }

    /// Money from an integer count of minor units (kopecks, cents) of `currency`.
    public init(minorUnits: Int64, _ currency: Currency) {
        self.amount = Amount(minorUnits: minorUnits, decimals: currency.minorUnitDigits)
        self.currency = currency
    }

    /// Exact text with the code, e.g. `123.45 RUB`.
    public var description: String { "\(amount) \(currency.code)" }

    /// For humans: minor-unit places, thousands separators and the currency's symbol, e.g.
    /// `12,345.60 ₽`. Every screen, report and message formats money here.
    public var formatted: String { formatted(ascii: false) }

    /// ``formatted``, or with `ascii` the currency's code instead of its symbol
    /// (`12,345.60 RUB`), for terminals that cannot show `₽`.
    public func formatted(ascii: Bool) -> String {
        amount.formatted(places: currency.minorUnitDigits, groupingSeparator: ",") + " "
            + (ascii ? currency.code : currency.symbol)
    }
}
