/// One group of a ``PeriodComparison`` in one currency: its amount now and before.
public struct ComparisonRow: Hashable, Sendable, Identifiable {
    /// The group.
    public var key: GroupKey
    /// The currency of every amount in the row.
    public var currency: Currency
    /// The exact total over the current range (zero when the group had no spend in it).
    public var current: Amount
    /// The exact total over the earlier range; nil when the group had no records in it.
    public var previous: Amount?

    public init(key: GroupKey, currency: Currency, current: Amount, previous: Amount?) {
        self.key = key
        self.currency = currency
        self.current = current
        self.previous = previous
    }

    /// Row identity: the group id and the currency.
    public var id: String { key.id + "\u{1F}" + currency.code }

    /// Δ = current − previous (an absent previous counts as zero); exact.
    public var delta: Amount { current - (previous ?? .zero) }

    /// Δ in percent of the previous amount; nil when the previous amount is zero or absent.
    public var deltaPercent: Double? {
        guard let previous, !previous.isZero else { return nil }
        return delta.ratio(to: previous.magnitude).map { $0 * 100 }
    }
}
