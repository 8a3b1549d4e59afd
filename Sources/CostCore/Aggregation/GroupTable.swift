import Foundation

/// Records grouped along one dimension over a range, with a time series per group.
public struct GroupTable: Hashable, Sendable {
    /// The dimension grouped by.
    public var dimension: CostDimension
    /// The range covered.
    public var range: DateRange
    /// Bucket boundaries: `buckets.count + 1` instants, from `range.start` to `range.end`.
    public var boundaries: [Date]
    /// Rows in display order: by currency, then by cost (largest first); with
    /// nesting, children directly follow their parent.
    public var rows: [GroupRow]
    /// Exact totals per currency over every row.
    public var totals: MoneyTotals
    /// The total per bucket per currency, for the whole-view time series.
    public var seriesTotals: [Currency: [Amount]]
    /// Buckets that received at least one record (all currencies together).
    /// A bucket without records is a gap (no data), not a zero.
    public var bucketsWithData: [Bool]
    /// Per currency, the money billed over periods longer than one bucket (a month's bill in
    /// a daily view). It is in the totals and rows but in no bucket: placing it on one day
    /// would draw a spike that never happened.
    public var unbucketedTotals: [Currency: Amount] = [:]

    /// The time buckets as ranges.
    public var buckets: [DateRange] {
        guard boundaries.count > 1 else { return [] }
        return (0..<(boundaries.count - 1)).map { DateRange(start: boundaries[$0], end: boundaries[$0 + 1]) }
    }

    /// Groups `records` by `dimension`.
    ///
    /// Only records passing every filter and whose period's middle lies inside `range`
    /// count, and each goes to the bucket containing that middle. For hours and days that
    /// is the bucket they start in; a month billed in another zone (Seeweb cuts months at
    /// Italian midnight) still lands in its own month when viewed in UTC. When
    /// `nestByParent` is set and a group's parent is also a group of the table,
    /// the group is shown under its parent (a disk under its server).
    public init(
        records: some Sequence<CostRecord>, dimension: CostDimension, filters: [DrillFilter] = [], range: DateRange,
        boundaries: [Date], nestByParent: Bool = false
    ) {
        self.init(
            store: records as? SpendStore ?? SpendStore(records), dimension: dimension, filters: filters, range: range,
            boundaries: boundaries, nestByParent: nestByParent)
    }

    /// Groups the records of `store` as ``init(records:dimension:filters:range:boundaries:nestByParent:)``
    /// does, leaving out the accounts in `excludedAccounts`.
    public init(
        store: SpendStore, dimension: CostDimension, filters: [DrillFilter] = [], excludedAccounts: Set<String> = [],
        range: DateRange, boundaries: [Date], nestByParent: Bool = false
    ) {
        let matrix = SpendMatrix(
            store: store, dimension: dimension, filters: filters, excludedAccounts: excludedAccounts,
            boundaries: boundaries.count >= 2 ? boundaries : [range.start, range.end])
        self = matrix.viewTable(range: range, nestByParent: nestByParent)
    }

    /// A table of rows summed elsewhere (by ``SpendMatrix``), put in display order.
    init(
        dimension: CostDimension, range: DateRange, boundaries: [Date], flatRows: [GroupRow], totals: MoneyTotals,
        seriesTotals: [Currency: [Amount]], bucketsWithData: [Bool], unbucketedTotals: [Currency: Amount],
        nestByParent: Bool
    ) {
        self.dimension = dimension
        self.range = range
        self.boundaries = boundaries
        self.totals = totals
        self.seriesTotals = seriesTotals
        self.bucketsWithData = bucketsWithData
        self.unbucketedTotals = unbucketedTotals
        self.rows = nestByParent ? GroupTable.nested(flatRows) : flatRows.sorted(by: GroupTable.displayOrder)
        GroupTable.distinguishRepeatedLabels(in: &self.rows)
    }

    /// The index of the bucket containing `date` (binary search over boundaries).
    public static func bucketIndex(of date: Date, in boundaries: [Date]) -> Int {
        var low = 0
        var high = boundaries.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if boundaries[middle] <= date { low = middle } else { high = middle - 1 }
        }
        return max(0, low)
    }

    static func displayOrder(_ lhs: GroupRow, _ rhs: GroupRow) -> Bool {
        if lhs.currency != rhs.currency { return lhs.currency < rhs.currency }
        if lhs.total != rhs.total { return lhs.total > rhs.total }
        return lhs.key.label < rhs.key.label
    }

    /// Orders rows so that children follow their parent; parents are ordered
    /// by the total of themselves and their children.
    static func nested(_ rows: [GroupRow]) -> [GroupRow] {
        let ids = Set(rows.map(\.id))
        func parentRowID(_ row: GroupRow) -> String? {
            guard let parent = row.key.parentID, !parent.isEmpty else { return nil }
            let id = parent + "\u{1F}" + row.currency.code
            return ids.contains(id) && id != row.id ? id : nil
        }
        var children: [String: [GroupRow]] = [:]
        var roots: [GroupRow] = []
        for row in rows {
            if let parent = parentRowID(row) { children[parent, default: []].append(row) } else { roots.append(row) }
        }
        func subtreeTotal(_ row: GroupRow) -> Amount {
            (children[row.id] ?? []).reduce(row.total) { $0 + $1.total }
        }
        roots.sort { lhs, rhs in
            if lhs.currency != rhs.currency { return lhs.currency < rhs.currency }
            let left = subtreeTotal(lhs)
            let right = subtreeTotal(rhs)
            if left != right { return left > right }
            return lhs.key.label < rhs.key.label
        }
        var result: [GroupRow] = []
        for var root in roots {
            let kids = (children[root.id] ?? []).sorted(by: displayOrder)
            root.hasChildren = !kids.isEmpty
            result.append(root)
            for (index, var kid) in kids.enumerated() {
                kid.depth = 1
                kid.isLastChild = index == kids.count - 1
                result.append(kid)
            }
        }
        return result
    }
}
