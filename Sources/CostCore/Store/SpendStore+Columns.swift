extension SpendStore {
    /// The quantity of record `index`, when it has one.
    public func quantity(at index: Int) -> Amount? {
        quantities.isEmpty || quantities[index] == Self.none ? nil : Amount(units: quantities[index])
    }

    /// The second amount of record `index` (see ``secondAmounts``), when it has one.
    public func secondAmount(at index: Int) -> Amount? {
        secondAmounts.isEmpty || secondAmounts[index] == Self.none ? nil : Amount(units: secondAmounts[index])
    }

    /// The code in this store of series `key` of `other`, adding it (and the names it uses)
    /// when it is new.
    public mutating func seriesCode(copying key: SpendSeries, from other: SpendStore) -> UInt32 {
        let source = other.dictionaries
        let names = source.names
        func name(_ code: Int32) -> String? { code < 0 ? nil : names[code] }
        return seriesCode(
            provider: key.provider, account: source.accounts[key.account],
            project: key.project < 0 ? nil : source.projects[key.project],
            object: key.object < 0 ? nil : source.objects[key.object],
            metric: key.metric < 0 ? nil : source.metrics[key.metric], region: name(key.region),
            service: name(key.service), unit: name(key.unit), currency: source.currencies[key.currency],
            native: key.native < 0 ? [:] : source.natives[key.native], secondAmountName: name(key.secondAmountName),
            rowKeyName: name(key.rowKeyName))
    }

    /// A store of the records at `indices`, in that order, with only the series they use.
    public func subset(at indices: some Sequence<Int>) -> SpendStore {
        var result = SpendStore()
        var codes = Array(repeating: UInt32.max, count: series.count)
        for index in indices {
            let code = Int(seriesCodes[index])
            if codes[code] == .max { codes[code] = result.seriesCode(copying: series[code], from: self) }
            result.append(
                series: codes[code], start: starts[index], end: ends[index], amount: Amount(units: amounts[index]),
                quantity: quantity(at: index), secondAmount: secondAmount(at: index),
                rowKey: rowKeys.isEmpty ? nil : rowKeys[index])
        }
        return result
    }
}

extension SpendLimit {
    /// The first currency (alphabetically) in which the records of `store` add up to more than
    /// ``maxAccountMagnitude``; nil when every currency is within it. The same check as for a
    /// sequence of records, over the amount column, without building a record per row.
    public static func exceeded(by store: SpendStore) -> Currency? {
        let currencies = store.dictionaries.currencies
        var sums = Array(repeating: Amount.zero, count: currencies.count)
        var over = Array(repeating: false, count: currencies.count)
        let currencyOfSeries = store.series.map { Int($0.currency) }
        for index in 0..<store.count {
            let currency = currencyOfSeries[Int(store.seriesCodes[index])]
            guard !over[currency] else { continue }
            let (sum, overflow) = sums[currency].addingReportingOverflow(
                Amount(units: store.amounts[index]).magnitude)
            if overflow || maxAccountMagnitude < sum { over[currency] = true } else { sums[currency] = sum }
        }
        return currencies.values.indices.filter { over[$0] }.map { currencies.values[$0] }.min()
    }
}
