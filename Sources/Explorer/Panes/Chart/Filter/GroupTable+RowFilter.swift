import CostCore

extension GroupTable {
    /// The table with only the rows whose label passes `filter`, and every total (per currency,
    /// per bucket, billed by the month) recomputed from those rows alone. A child shown without
    /// its parent moves up to the top level.
    public func keeping(_ filter: RowFilter) -> GroupTable {
        let matcher = filter.matcher()
        var kept = rows.filter { matcher.matches($0.key.label) }
        let keptIDs = Set(kept.map(\.id))
        let parentOf = Self.parentIDs(of: rows)
        for index in kept.indices where kept[index].depth > 0 {
            if let parent = parentOf[kept[index].id], keptIDs.contains(parent) { continue }
            kept[index].depth = 0
            kept[index].isLastChild = false
        }
        for index in kept.indices where kept[index].depth > 0 {
            let next = kept.index(after: index)
            kept[index].isLastChild = next == kept.endIndex || kept[next].depth == 0
        }
        var copy = self
        copy.rows = kept
        copy.totals = MoneyTotals(kept.map(\.money))
        var series: [Currency: [Amount]] = [:]
        var unbucketed: [Currency: Amount] = [:]
        for row in kept {
            var sums = series[row.currency] ?? Array(repeating: .zero, count: row.series.count)
            for (bucket, amount) in row.series.enumerated() where bucket < sums.count { sums[bucket] += amount }
            series[row.currency] = sums
            if !row.unbucketed.isZero { unbucketed[row.currency, default: .zero] += row.unbucketed }
        }
        copy.seriesTotals = series
        copy.unbucketedTotals = unbucketed
        return copy
    }

    /// For each nested row, the id of the row it is nested under (the nearest shallower row above it).
    private static func parentIDs(of rows: [GroupRow]) -> [String: String] {
        var result: [String: String] = [:]
        var currentParent: String?
        for row in rows {
            if row.depth == 0 {
                currentParent = row.id
            } else if let currentParent {
                result[row.id] = currentParent
            }
        }
        return result
    }
}
