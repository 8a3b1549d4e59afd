import CostCore
import Foundation

/// Every series `costscope spikes` scans in one grain: per account and currency, the account
/// as a whole and every prefix of every record's path (project → object → metric).
///
/// A bucket in which a series has no record is a zero when its account has data in that
/// bucket, and a gap (no data: not yet published, before the history starts) when it has none.
package struct SpikeSeriesTable {
    /// One series: the account as a whole or one path below it.
    package struct Node {
        package let id: String
        let parentID: String?
        package let provider: ProviderKind
        package let account: String
        package let currency: Currency
        package let path: [SpikePathStep]
        var sums: [Amount]
        var present: [Bool]
    }

    package let grain: SpikeGrain
    /// The buckets, oldest first.
    package let periods: [DateRange]
    /// Seconds of each bucket up to "now" (a month still running counts its elapsed part).
    let elapsed: [TimeInterval]
    /// Whether each bucket is incomplete (the day holding "now"; months are rates, never incomplete).
    package let incomplete: [Bool]
    private(set) var nodes: [String: Node] = [:]
    private var presence: [String: [Bool]] = [:]

    /// Buckets the records of `store` of `grain` over `range` in `zone`; `now` marks the
    /// incomplete bucket. A record's nodes (its account and each prefix of its path) are found
    /// once per series; a record then adds its amount to them.
    package init(store: SpendStore, grain: SpikeGrain, range: DateRange, zone: TimeZone, now: Date) {
        self.grain = grain
        let boundaries = grain.granularity.boundaries(of: range, in: zone)
        let periods = zip(boundaries, boundaries.dropFirst()).map { DateRange(start: $0, end: $1) }
        self.periods = periods
        self.elapsed = periods.map { max(0, min($0.end, now).timeIntervalSince($0.start)) }
        self.incomplete = periods.map { grain == .day && $0.end > now }
        var nodeList: [Node] = []
        var nodeIndex: [String: Int] = [:]
        var nodesOfSeries = [[Int]?](repeating: nil, count: store.series.count)
        var presenceOfSeries = [[Bool]](repeating: [], count: store.series.count)
        let low = 2 * SpendStore.millisecondsSince1970(range.start)
        let high = 2 * SpendStore.millisecondsSince1970(range.end)
        let longestDay: Int64 = (86_400 + 1) * 1_000
        for index in 0..<store.count {
            let start = store.starts[index]
            let end = store.ends[index]
            guard (end - start > longestDay) == (grain == .month), start + end >= low, start + end < high else {
                continue
            }
            let code = Int(store.seriesCodes[index])
            let bucket = GroupTable.bucketIndex(of: store.period(at: index).midpoint, in: boundaries)
            if nodesOfSeries[code] == nil {
                let record = store[index]
                var indices: [Int] = []
                let steps = SpikePathStep.path(of: record)
                var parentID: String?
                var id = record.account + "\u{1F}" + record.amount.currency.code
                for depth in 0...steps.count {
                    if depth > 0 { id += "\u{1E}" + steps[depth - 1].key }
                    if nodeIndex[id] == nil {
                        nodeIndex[id] = nodeList.count
                        nodeList.append(
                            Node(
                                id: id, parentID: parentID, provider: record.provider, account: record.account,
                                currency: record.amount.currency, path: Array(steps.prefix(depth)),
                                sums: Array(repeating: .zero, count: periods.count),
                                present: Array(repeating: false, count: periods.count)))
                    }
                    indices.append(nodeIndex[id]!)
                    parentID = id
                }
                nodesOfSeries[code] = indices
                presenceOfSeries[code] = Array(repeating: false, count: periods.count)
            }
            presenceOfSeries[code][bucket] = true
            let amount = Amount(units: store.amounts[index])
            for node in nodesOfSeries[code]! {
                nodeList[node].sums[bucket] += amount
                nodeList[node].present[bucket] = true
            }
        }
        for code in presenceOfSeries.indices where !presenceOfSeries[code].isEmpty {
            let account = store.account(of: store.series[code])
            var marks = presence[account] ?? Array(repeating: false, count: periods.count)
            for bucket in marks.indices where presenceOfSeries[code][bucket] { marks[bucket] = true }
            presence[account] = marks
        }
        nodes = Dictionary(uniqueKeysWithValues: nodeList.map { ($0.id, $0) })
    }

    /// The node ids under each node id.
    var children: [String: [String]] {
        var result: [String: [String]] = [:]
        for node in nodes.values { if let parent = node.parentID { result[parent, default: []].append(node.id) } }
        return result.mapValues { $0.sorted() }
    }

    /// The node's series for the detector: amounts per day, or per-day rates per month.
    package func series(of node: Node) -> ChangeSeries {
        let accountPresence = presence[node.account] ?? []
        let values: [Amount?] = periods.indices.map { index in
            guard accountPresence[index], elapsed[index] > 0 else { return nil }
            let amount = node.present[index] ? node.sums[index] : .zero
            return grain == .day ? amount : Self.scale(amount, by: 86_400 / elapsed[index])
        }
        return ChangeSeries(values: values, periods: periods, incomplete: incomplete)
    }

    /// The money billed in bucket `index` of `node`; zero when it has none.
    package func amount(of node: Node, at index: Int) -> Amount { node.present[index] ? node.sums[index] : .zero }

    /// `baseline` (per bucket; per day for months) over the buckets `indices`, in money.
    package func expected(baseline: Amount, over indices: [Int]) -> Amount {
        guard grain == .month else { return Self.product(baseline, Int128(indices.count), over: 1) }
        return indices.reduce(Amount.zero) { sum, index in
            sum.adding(Self.scale(baseline, by: elapsed[index] / 86_400)) ?? (sum.isNegative ? Self.least : Self.most)
        }
    }

    /// `amount` × `factor`, to the nearest 10⁻¹² (a rate, not billed money).
    static func scale(_ amount: Amount, by factor: Double) -> Amount {
        let micro = (factor * 1_000_000).rounded()
        guard micro.isFinite, abs(micro) < 1e30 else { return amount.isNegative == (micro < 0) ? most : least }
        return product(amount, Int128(micro), over: 1_000_000)
    }

    private static let most = Amount(units: .max)
    private static let least = Amount(units: .min + 1)

    /// `amount` × `factor` ÷ `divisor`, exact where it fits: the amount is split at the divisor
    /// so the product stays small. Beyond ``Amount``'s range (out of reach, since ``SpendLimit``
    /// bounds every account's records) it is held at the largest amount of its sign, never
    /// trapped.
    package static func product(_ amount: Amount, _ factor: Int128, over divisor: Int128) -> Amount {
        let (quotient, remainder) = amount.units.quotientAndRemainder(dividingBy: divisor)
        let (whole, overflowA) = quotient.multipliedReportingOverflow(by: factor)
        let (part, overflowB) = remainder.multipliedReportingOverflow(by: factor)
        let (units, overflowC) = whole.addingReportingOverflow(part / divisor)
        guard !overflowA, !overflowB, !overflowC else {
            return (amount.units < 0) == (factor < 0) ? most : least
        }
        return Amount(units: units)
    }
}
