import Foundation

/// A store's records summed into a [group × bucket] matrix along one dimension, in one pass.
///
/// Grouping first maps each series to its group (thousands of series, not millions of
/// records), then adds each record's amount to its group's bucket: a loop over integer
/// columns. The buckets span the view's range and, before it, the period the view is compared
/// with, so the view's table, the previous period's totals and the change detector's series
/// all come from the same sums.
public struct SpendMatrix: Sendable, Equatable {
    /// One group (in one currency) with records in the span.
    public struct Group: Sendable, Equatable {
        /// The group, as named by its first record in the view (else in the span).
        public var key: GroupKey
        public var currency: Currency
        /// Records counted, in the view and in the whole span.
        public var viewCount = 0
        public var spanCount = 0
        /// Whether a record of the view was placed in a bucket, or was too long for one.
        var viewHasBucketed = false
        var viewHasUnbucketed = false
        var spanHasBucketed = false
        var spanHasUnbucketed = false
        /// The longest period among the view's records too long for a bucket.
        public var longestUnbucketedPeriod: TimeInterval = 0
        var providerBits: UInt8 = 0
        var account: Int32 = -1
        var severalAccounts = false

        /// Row identity, as ``GroupRow/id``.
        public var id: String { key.id + "\u{1F}" + currency.code }
    }

    public let dimension: CostDimension
    /// `buckets + 1` instants from the start of the span to its end.
    public let boundaries: [Date]
    /// The first bucket of the view; buckets before it are the compared period.
    public let viewStart: Int
    public private(set) var groups: [Group] = []
    /// Bucketed sums, `groups.count × bucketCount`, row-major, in ``Amount`` units.
    public private(set) var sums: [Int128] = []
    /// Sums of records longer than their bucket (a month's bill in a daily view), placed at the
    /// bucket of their middle only so that they count in the right segment; empty when none.
    public private(set) var longSums: [Int128] = []
    /// Buckets that received at least one record, all currencies together.
    public private(set) var bucketsWithData: [Bool]
    /// Per series: whether any of its records lies in the span and passes the filters.
    public private(set) var seriesInSpan: [Bool]

    public var bucketCount: Int { boundaries.count - 1 }

    /// Sums the records of `store` that pass `filters`, whose account is not in `excluded`,
    /// and whose period's middle lies inside the span; each goes to the bucket containing that
    /// middle.
    public init(
        store: SpendStore, dimension: CostDimension, filters: [DrillFilter] = [], excludedAccounts: Set<String> = [],
        boundaries: [Date], viewStart: Int = 0
    ) {
        precondition(boundaries.count >= 2, "a matrix needs at least one bucket")
        self.dimension = dimension
        self.boundaries = boundaries
        self.viewStart = Swift.min(Swift.max(0, viewStart), boundaries.count - 1)
        self.bucketsWithData = Array(repeating: false, count: boundaries.count - 1)
        self.seriesInSpan = Array(repeating: false, count: store.series.count)
        var slots = SlotMap(store: store, dimension: dimension, filters: filters, excludedAccounts: excludedAccounts)
        accumulate(store, slots: &slots)
    }

    /// The group slot of each series (-1 when filtered out): one entry per distinct
    /// (group id, currency), found by string once per series.
    struct SlotMap {
        var slotOfSeries: [Int32]
        var groupOfSlot: [Int32]
        var bitOfSeries: [UInt8]

        init(store: SpendStore, dimension: CostDimension, filters: [DrillFilter], excludedAccounts: Set<String>) {
            let excluded = Set(excludedAccounts.compactMap { store.dictionaries.accounts.existingCode(of: $0) })
            var slotByID: [String: Int32] = [:]
            var slots: [Int32] = []
            slots.reserveCapacity(store.series.count)
            for series in store.series {
                guard !excluded.contains(series.account), filters.allSatisfy({ store.matches(series, $0) }) else {
                    slots.append(-1)
                    continue
                }
                let id = store.groupID(of: series, along: dimension) + "\u{1F}" + store.currency(of: series).code
                if let slot = slotByID[id] {
                    slots.append(slot)
                } else {
                    let slot = Int32(slotByID.count)
                    slotByID[id] = slot
                    slots.append(slot)
                }
            }
            slotOfSeries = slots
            groupOfSlot = Array(repeating: -1, count: slotByID.count)
            bitOfSeries = store.series.map(\.provider.bit)
        }
    }

    /// Sums the records into the slots' rows, one pass over the record columns that touches
    /// only the sums and a few counters per series; the groups (their order, keys, counts,
    /// flags and accounts) are folded from the series afterwards, thousands of them rather
    /// than a million records.
    private mutating func accumulate(_ store: SpendStore, slots: inout SlotMap) {
        let bucketCount = boundaries.count - 1
        // Doubled milliseconds: a record's middle is (start + end) / 2, compared without halving.
        let doubled = boundaries.map { 2 * SpendStore.milliseconds($0) }
        let lengths = (0..<bucketCount).map { (doubled[$0 + 1] - doubled[$0]) / 2 }
        let spanStart = doubled[0]
        let spanEnd = doubled[bucketCount]
        let viewStart = self.viewStart
        let seriesCount = store.series.count
        let slotCount = slots.groupOfSlot.count
        let tally = SeriesTally(seriesCount: seriesCount)
        var slotSums = [Int128](repeating: 0, count: slotCount * bucketCount)
        var slotLongSums: [Int128] = []
        var bucket = 0
        store.seriesCodes.withUnsafeBufferPointer { codes in
            store.starts.withUnsafeBufferPointer { starts in
                store.ends.withUnsafeBufferPointer { ends in
                    store.amounts.withUnsafeBufferPointer { amounts in
                        slotSums.withUnsafeMutableBufferPointer { sums in
                            slots.slotOfSeries.withUnsafeBufferPointer { slotOfSeries in
                                for index in 0..<codes.count {
                                    let series = Int(codes[index])
                                    let slot = Int(slotOfSeries[series])
                                    if slot < 0 { continue }
                                    let start = starts[index]
                                    let end = ends[index]
                                    let middle = start + end
                                    if middle < spanStart || middle >= spanEnd { continue }
                                    if !(doubled[bucket] <= middle && middle < doubled[bucket + 1]) {
                                        bucket = Self.bucket(of: middle, in: doubled)
                                    }
                                    let inView = bucket >= viewStart
                                    tally.count(series, record: index, inView: inView)
                                    let cell = slot * bucketCount + bucket
                                    let duration = end - start
                                    if duration > lengths[bucket] + 1_000 {
                                        if slotLongSums.isEmpty {
                                            slotLongSums = Array(repeating: 0, count: slotCount * bucketCount)
                                        }
                                        slotLongSums[cell] += amounts[index]
                                        tally.countLong(series, duration: duration, inView: inView)
                                    } else {
                                        sums[cell] += amounts[index]
                                        bucketsWithData[bucket] = true
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        fold(store, tally: tally, slots: &slots, slotSums: slotSums, slotLongSums: slotLongSums)
        nameAccounts(store)
    }

    /// Folds the series' counters into groups: a group is placed where its first record in the
    /// span comes, named by its first record in the view (else in the span), as one pass
    /// adding records to groups would have met them.
    private mutating func fold(
        _ store: SpendStore, tally: SeriesTally, slots: inout SlotMap, slotSums: [Int128], slotLongSums: [Int128]
    ) {
        let bucketCount = boundaries.count - 1
        let slotCount = slots.groupOfSlot.count
        var firstInSpan = [(record: Int, series: Int)](repeating: (.max, -1), count: slotCount)
        var firstInView = [(record: Int, series: Int)](repeating: (.max, -1), count: slotCount)
        for series in 0..<tally.seriesCount where tally.spanCount[series] > 0 {
            seriesInSpan[series] = true
            let slot = Int(slots.slotOfSeries[series])
            let first = tally.firstInSpan[series] - 1
            if first < firstInSpan[slot].record { firstInSpan[slot] = (first, series) }
            if tally.viewCount[series] > 0 {
                let first = tally.firstInView[series] - 1
                if first < firstInView[slot].record { firstInView[slot] = (first, series) }
            }
        }
        let order = (0..<slotCount).filter { firstInSpan[$0].series >= 0 }
            .sorted { firstInSpan[$0].record < firstInSpan[$1].record }
        groups.reserveCapacity(order.count)
        for (group, slot) in order.enumerated() {
            slots.groupOfSlot[slot] = Int32(group)
            let fromView = firstInView[slot].series >= 0
            let named = store.series[fromView ? firstInView[slot].series : firstInSpan[slot].series]
            var entry = Group(key: store.groupKey(of: named, along: dimension), currency: store.currency(of: named))
            if fromView { entry.account = named.account }
            groups.append(entry)
        }
        for series in 0..<tally.seriesCount where tally.spanCount[series] > 0 {
            let group = Int(slots.groupOfSlot[Int(slots.slotOfSeries[series])])
            let span = tally.spanCount[series]
            let spanLong = tally.spanLong[series]
            groups[group].spanCount += span
            if span > spanLong { groups[group].spanHasBucketed = true }
            if spanLong > 0 { groups[group].spanHasUnbucketed = true }
            let view = tally.viewCount[series]
            guard view > 0 else { continue }
            let viewLong = tally.viewLong[series]
            groups[group].viewCount += view
            if view > viewLong { groups[group].viewHasBucketed = true }
            if viewLong > 0 {
                groups[group].viewHasUnbucketed = true
                let seconds = TimeInterval(tally.longest[series]) / 1_000
                if seconds > groups[group].longestUnbucketedPeriod { groups[group].longestUnbucketedPeriod = seconds }
            }
            groups[group].providerBits |= slots.bitOfSeries[series]
            if store.series[series].account != groups[group].account { groups[group].severalAccounts = true }
        }
        sums.reserveCapacity(order.count * bucketCount)
        for slot in order { sums.append(contentsOf: slotSums[(slot * bucketCount)..<((slot + 1) * bucketCount)]) }
        if !slotLongSums.isEmpty {
            longSums.reserveCapacity(order.count * bucketCount)
            for slot in order {
                longSums.append(contentsOf: slotLongSums[(slot * bucketCount)..<((slot + 1) * bucketCount)])
            }
        }
    }

    /// Names the accounts groups were first seen in.
    private mutating func nameAccounts(_ store: SpendStore) {
        for index in groups.indices where groups[index].account >= 0 {
            accountNames[groups[index].account] = store.dictionaries.accounts[groups[index].account]
        }
    }

    /// The names of the accounts groups were first seen in.
    private var accountNames: [Int32: String] = [:]

    /// The bucket whose doubled boundaries hold `middle` (binary search).
    private static func bucket(of middle: Int64, in doubled: [Int64]) -> Int {
        var low = 0
        var high = doubled.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if doubled[mid] <= middle { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    // MARK: Views of the sums

    /// The table of the view's buckets (from ``viewStart``), as ``GroupTable`` shows it.
    public func viewTable(range: DateRange, nestByParent: Bool = false) -> GroupTable {
        table(buckets: viewStart..<bucketCount, range: range, nestByParent: nestByParent, inView: true)
    }

    /// The table of the whole span: every group with records in it, its series over every bucket.
    public func spanTable(range: DateRange) -> GroupTable {
        table(buckets: 0..<bucketCount, range: range, nestByParent: false, inView: false)
    }

    /// Per row id, the total of the buckets before the view (every group with records there).
    public var previousTotals: [String: Amount] {
        var result: [String: Amount] = [:]
        for (index, group) in groups.enumerated() where group.spanCount > group.viewCount {
            result[group.id] = Amount(units: total(of: index, buckets: 0..<viewStart))
        }
        return result
    }

    /// The exact sum of group `index` over `buckets`, long periods included.
    public func total(of index: Int, buckets: Range<Int>) -> Int128 {
        let base = index * bucketCount
        var total: Int128 = 0
        for bucket in buckets { total += sums[base + bucket] }
        if !longSums.isEmpty { for bucket in buckets { total += longSums[base + bucket] } }
        return total
    }

    private func table(buckets: Range<Int>, range: DateRange, nestByParent: Bool, inView: Bool) -> GroupTable {
        var rows: [GroupRow] = []
        var totals = MoneyTotals()
        var seriesTotals: [Currency: [Amount]] = [:]
        var unbucketedTotals: [Currency: Amount] = [:]
        for (index, group) in groups.enumerated() where (inView ? group.viewCount : group.spanCount) > 0 {
            let base = index * bucketCount
            let series = buckets.map { Amount(units: sums[base + $0]) }
            var long: Int128 = 0
            if !longSums.isEmpty { for bucket in buckets { long += longSums[base + bucket] } }
            let bucketedTotal = series.reduce(Amount.zero, +)
            let total = bucketedTotal + Amount(units: long)
            var row = GroupRow(
                key: group.key, currency: group.currency, total: total, series: series,
                recordCount: inView ? group.viewCount : group.spanCount)
            row.unbucketed = Amount(units: long)
            row.longestUnbucketedPeriod = group.longestUnbucketedPeriod
            row.origin = GroupRow.Origin(
                providers: ProviderKind.allCases.filter { group.providerBits & $0.bit != 0 },
                account: group.severalAccounts || group.account < 0 ? nil : accountNames[group.account])
            rows.append(row)
            totals.add(Money(total, group.currency))
            if inView ? group.viewHasBucketed : group.spanHasBucketed {
                var sumSeries = seriesTotals[group.currency] ?? Array(repeating: .zero, count: buckets.count)
                for position in series.indices { sumSeries[position] += series[position] }
                seriesTotals[group.currency] = sumSeries
            }
            if inView ? group.viewHasUnbucketed : group.spanHasUnbucketed {
                unbucketedTotals[group.currency, default: .zero] += Amount(units: long)
            }
        }
        return GroupTable(
            dimension: dimension, range: range, boundaries: Array(boundaries[buckets.lowerBound...buckets.upperBound]),
            flatRows: rows, totals: totals, seriesTotals: seriesTotals,
            bucketsWithData: Array(bucketsWithData[buckets]), unbucketedTotals: unbucketedTotals,
            nestByParent: nestByParent)
    }
}

extension ProviderKind {
    /// This provider's bit in a group's set of providers.
    var bit: UInt8 { UInt8(1) << UInt8(ProviderKind.allCases.firstIndex(of: self)!) }
}

/// Per series, what one pass over the records finds besides the sums: records in the span and
/// in the view, the first of each (as index + 1, 0 for none), those too long for their bucket
/// and the longest of those in the view. Plain memory, so the pass costs a few stores per record.
private final class SeriesTally {
    let seriesCount: Int
    private let storage: UnsafeMutablePointer<Int>
    let spanCount: UnsafeMutablePointer<Int>
    let viewCount: UnsafeMutablePointer<Int>
    let firstInSpan: UnsafeMutablePointer<Int>
    let firstInView: UnsafeMutablePointer<Int>
    let spanLong: UnsafeMutablePointer<Int>
    let viewLong: UnsafeMutablePointer<Int>
    let longest: UnsafeMutablePointer<Int>

    init(seriesCount: Int) {
        self.seriesCount = seriesCount
        storage = .allocate(capacity: max(1, seriesCount * 7))
        storage.initialize(repeating: 0, count: max(1, seriesCount * 7))
        spanCount = storage
        viewCount = storage + seriesCount
        firstInSpan = storage + 2 * seriesCount
        firstInView = storage + 3 * seriesCount
        spanLong = storage + 4 * seriesCount
        viewLong = storage + 5 * seriesCount
        longest = storage + 6 * seriesCount
    }

    deinit { storage.deallocate() }

    /// Record `record` of `series` lies in the span (and in the view when `inView`).
    @inline(__always)
    func count(_ series: Int, record: Int, inView: Bool) {
        spanCount[series] += 1
        if firstInSpan[series] == 0 { firstInSpan[series] = record + 1 }
        guard inView else { return }
        viewCount[series] += 1
        if firstInView[series] == 0 { firstInView[series] = record + 1 }
    }

    /// A record of `series` lasting `duration` ms is too long for its bucket.
    func countLong(_ series: Int, duration: Int64, inView: Bool) {
        spanLong[series] += 1
        guard inView else { return }
        viewLong[series] += 1
        longest[series] = max(longest[series], Int(duration))
    }
}
