extension Array where Element == GroupRow {
    /// The `count` largest rows per currency, with the rest of each currency
    /// merged into one "Other (N groups)" row, so totals are unchanged.
    public func top(_ count: Int) -> [GroupRow] {
        guard count >= 0 else { return self }
        var result: [GroupRow] = []
        var byCurrency: [Currency: [GroupRow]] = [:]
        for row in self { byCurrency[row.currency, default: []].append(row) }
        for currency in byCurrency.keys.sorted() {
            let rows = byCurrency[currency]!.sorted(by: GroupTable.displayOrder)
            result.append(contentsOf: rows.prefix(count))
            let rest = rows.dropFirst(count)
            guard let first = rest.first else { continue }
            var series = Array<Amount>(repeating: .zero, count: first.series.count)
            var total = Amount.zero
            var records = 0
            for row in rest {
                total += row.total
                records += row.recordCount
                for index in series.indices where index < row.series.count { series[index] += row.series[index] }
            }
            let label = "Other (\(rest.count) group\(rest.count == 1 ? "" : "s"))"
            result.append(
                GroupRow(
                    key: GroupKey(id: "\u{1F}other", label: label), currency: currency, total: total, series: series,
                    recordCount: records))
        }
        return result
    }
}
