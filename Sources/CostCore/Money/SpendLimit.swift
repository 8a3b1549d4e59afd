/// The most one account may report, so that no sum of money anywhere can overflow.
///
/// ``Amount`` holds about ±1.7 × 10²⁶ and parsing accepts at most ``Amount/maxIntegerDigits``
/// integer digits per value, but millions of such values could still add up past that. Every
/// account's records are checked here when they arrive (from a provider or from the cache):
/// their amounts, all counted as positive, may add up to at most ``maxAccountMagnitude`` per
/// currency. Any later sum — totals, groups, series, differences between periods — is a sum over
/// a subset of the accounts' records and so stays below 10²² per account, which leaves room
/// for more than ten thousand accounts before ``Amount`` could overflow.
public enum SpendLimit {
    /// 10²² in any currency, far beyond any real bill.
    public static let maxAccountMagnitude: Amount = {
        var units: Int128 = 1
        for _ in 0..<(22 + Amount.scale) { units *= 10 }
        return Amount(units: units)
    }()

    /// The first currency (alphabetically) in which `records` add up to more than
    /// ``maxAccountMagnitude``; nil when every currency is within it.
    public static func exceeded(by records: some Sequence<CostRecord>) -> Currency? {
        var sums: [Currency: Amount] = [:]
        var over: Set<Currency> = []
        for record in records {
            let currency = record.amount.currency
            guard !over.contains(currency) else { continue }
            let (sum, overflow) = sums[currency, default: .zero].addingReportingOverflow(record.amount.amount.magnitude)
            if overflow || maxAccountMagnitude < sum { over.insert(currency) } else { sums[currency] = sum }
        }
        return over.min()
    }
}
