extension SpendLimit {
    /// ``exceeded(by:)`` for a store: one pass over its amounts, summed per series currency,
    /// with no record built.
    public static func exceeded(by store: SpendStore) -> Currency? {
        let currencyOfSeries = store.series.map { Int($0.currency) }
        let currencies = store.dictionaries.currencies
        var sums = [Amount](repeating: .zero, count: currencies.count)
        var over = [Bool](repeating: false, count: currencies.count)
        for (code, units) in zip(store.seriesCodes, store.amounts) {
            let currency = currencyOfSeries[Int(code)]
            guard !over[currency] else { continue }
            let (sum, overflow) = sums[currency].addingReportingOverflow(Amount(units: units).magnitude)
            if overflow || maxAccountMagnitude < sum { over[currency] = true } else { sums[currency] = sum }
        }
        return over.indices.filter { over[$0] }.map { currencies.values[$0] }.min()
    }
}
