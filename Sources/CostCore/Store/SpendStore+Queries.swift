import Foundation

extension SpendStore {
    /// Per series: whether its account is not in `excludedAccounts` and it passes every filter.
    public func seriesPassing(filters: [DrillFilter] = [], excludedAccounts: Set<String> = []) -> [Bool] {
        let excluded = Set(excludedAccounts.compactMap { dictionaries.accounts.existingCode(of: $0) })
        return series.map { key in
            !excluded.contains(key.account) && filters.allSatisfy { matches(key, $0) }
        }
    }

    /// The positions of the records whose series passes (`mask`, from ``seriesPassing(filters:excludedAccounts:)``)
    /// and whose period's middle lies in `range`, in stored order.
    public func indices(passing mask: [Bool], middleIn range: DateRange) -> [Int] {
        var result: [Int] = []
        forEachIndex(passing: mask, middleIn: range) { index in
            result.append(index)
            return true
        }
        return result
    }

    /// Calls `body` with the position of each record ``indices(passing:middleIn:)`` would
    /// return, until it returns false.
    public func forEachIndex(passing mask: [Bool], middleIn range: DateRange, _ body: (Int) -> Bool) {
        let low = 2 * Self.milliseconds(range.start)
        let high = 2 * Self.milliseconds(range.end)
        for index in 0..<count where mask[Int(seriesCodes[index])] {
            let middle = starts[index] + ends[index]
            if middle >= low && middle < high && !body(index) { return }
        }
    }

    /// Whether a record of a passing series has a period for which `test(start, end)` holds
    /// (milliseconds since 1970 UTC).
    public func contains(passing mask: [Bool], where test: (Int64, Int64) -> Bool) -> Bool {
        for index in 0..<count where mask[Int(seriesCodes[index])] {
            if test(starts[index], ends[index]) { return true }
        }
        return false
    }

    /// Exact totals per currency of the records whose period's middle lies in `range`.
    public func totals(in range: DateRange) -> MoneyTotals {
        let low = 2 * Self.milliseconds(range.start)
        let high = 2 * Self.milliseconds(range.end)
        var sums = Array(repeating: Int128(0), count: dictionaries.currencies.count)
        var seen = Array(repeating: false, count: dictionaries.currencies.count)
        let currencyOfSeries = series.map { Int($0.currency) }
        for index in 0..<count {
            let middle = starts[index] + ends[index]
            guard middle >= low && middle < high else { continue }
            let currency = currencyOfSeries[Int(seriesCodes[index])]
            sums[currency] += amounts[index]
            seen[currency] = true
        }
        var totals = MoneyTotals()
        for (code, currency) in dictionaries.currencies.values.enumerated() where seen[code] {
            totals.add(Money(Amount(units: sums[code]), currency))
        }
        return totals
    }

    /// The records at `indices`, as ``CostRecord`` values.
    public func records(at indices: [Int]) -> [CostRecord] { indices.map { self[$0] } }

    /// Milliseconds since 1970 UTC, as the store keeps instants.
    public static func millisecondsSince1970(_ date: Date) -> Int64 { milliseconds(date) }
}
