import Foundation

/// The single pass behind ``GroupTable/init(records:dimension:filters:range:boundaries:nestByParent:)``.
///
/// Regrouping a million records must take milliseconds, so the pass avoids per-record work
/// that does not scale: records are read in place (no copy of each record), a group is found
/// with one dictionary lookup on its id (no `GroupKey`, no string concatenation), and the
/// per-currency totals live in a short array instead of dictionaries.
struct GroupTableBuilder {
    /// A group's running sums.
    struct Accumulator {
        var key: GroupKey
        var currency: Currency
        var total: Amount = .zero
        var series: [Amount]
        var count = 0
        var unbucketed: Amount = .zero
        var longestUnbucketedPeriod: TimeInterval = 0
        /// The accumulator of the same group id in another currency, or -1.
        var sameIDInOtherCurrency: Int
        /// The providers whose records were added (one bit per ``ProviderKind`` case).
        var providerBits: UInt8 = 0
        /// The account of the first record added.
        var account: String
        /// Whether records of more than one account were added.
        var severalAccounts = false
    }

    /// Running sums of one currency over all groups.
    struct CurrencySums {
        let currency: Currency
        var total: Amount = .zero
        var series: [Amount]
        var hasBucketed = false
        var unbucketed: Amount = .zero
        var hasUnbucketed = false
    }

    let dimension: CostDimension
    let filters: [DrillFilter]
    let range: DateRange
    let boundaries: [Date]

    private(set) var accumulators: [Accumulator] = []
    private(set) var currencies: [CurrencySums] = []
    private(set) var bucketsWithData: [Bool]
    private var firstByID: [String: Int] = [:]

    /// A builder for `boundaries` (at least two instants).
    init(dimension: CostDimension, filters: [DrillFilter], range: DateRange, boundaries: [Date]) {
        self.dimension = dimension
        self.filters = filters
        self.range = range
        self.boundaries = boundaries
        self.bucketsWithData = Array(repeating: false, count: boundaries.count - 1)
    }

    /// Adds every record that passes the filters and whose period's middle lies in the range.
    mutating func add(_ records: [CostRecord]) {
        let bucketCount = boundaries.count - 1
        let bucketLengths = (0..<bucketCount).map { boundaries[$0 + 1].timeIntervalSince(boundaries[$0]) }
        var lastCurrency = -1
        records.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for position in buffer.indices {
                // Fields are read through the pointer: passing `buffer[position]` on would copy
                // (and retain) the whole record.
                let record = base + position
                let middle = record.pointee.period.midpoint
                guard range.contains(middle) else { continue }
                if !filters.isEmpty && !passesFilters(record) { continue }
                let bucket = GroupTable.bucketIndex(of: middle, in: boundaries)
                let currency = record.pointee.amount.currency
                if lastCurrency < 0 || currencies[lastCurrency].currency != currency {
                    lastCurrency = currencyIndex(currency, bucketCount: bucketCount)
                }
                let group = accumulatorIndex(for: record, currency: currency, bucketCount: bucketCount)
                let amount = record.pointee.amount.amount
                accumulators[group].providerBits |= record.pointee.provider.bit
                if !accumulators[group].severalAccounts && accumulators[group].account != record.pointee.account {
                    accumulators[group].severalAccounts = true
                }
                accumulators[group].total += amount
                accumulators[group].count += 1
                currencies[lastCurrency].total += amount
                let duration = record.pointee.period.duration
                if duration > bucketLengths[bucket] + 1 {
                    accumulators[group].unbucketed += amount
                    if duration > accumulators[group].longestUnbucketedPeriod {
                        accumulators[group].longestUnbucketedPeriod = duration
                    }
                    currencies[lastCurrency].unbucketed += amount
                    currencies[lastCurrency].hasUnbucketed = true
                    continue
                }
                accumulators[group].series[bucket] += amount
                currencies[lastCurrency].series[bucket] += amount
                currencies[lastCurrency].hasBucketed = true
                bucketsWithData[bucket] = true
            }
        }
    }

    private func passesFilters(_ record: UnsafePointer<CostRecord>) -> Bool {
        for filter in filters where Self.groupID(of: record, along: filter.dimension) != filter.id {
            if !filter.matches(record.pointee) { return false }
        }
        return true
    }

    /// ``CostDimension/groupID(of:)`` reading only the one field it needs.
    private static func groupID(of record: UnsafePointer<CostRecord>, along dimension: CostDimension) -> String {
        switch dimension {
        case .provider: record.pointee.provider.rawValue
        case .account: record.pointee.account
        case .project: record.pointee.project?.id ?? GroupKey.unassigned.id
        case .service: record.pointee.service ?? GroupKey.unassigned.id
        case .object: record.pointee.object?.id ?? GroupKey.unassigned.id
        case .metric: record.pointee.metric?.id ?? GroupKey.unassigned.id
        case .region: record.pointee.region ?? GroupKey.unassigned.id
        }
    }

    private mutating func currencyIndex(_ currency: Currency, bucketCount: Int) -> Int {
        if let index = currencies.firstIndex(where: { $0.currency == currency }) { return index }
        currencies.append(CurrencySums(currency: currency, series: Array(repeating: .zero, count: bucketCount)))
        return currencies.count - 1
    }

    private mutating func accumulatorIndex(
        for record: UnsafePointer<CostRecord>, currency: Currency, bucketCount: Int
    ) -> Int {
        let id = Self.groupID(of: record, along: dimension)
        let first = firstByID[id] ?? -1
        var index = first
        while index >= 0 {
            if accumulators[index].currency == currency { return index }
            index = accumulators[index].sameIDInOtherCurrency
        }
        accumulators.append(
            Accumulator(
                key: dimension.key(of: record.pointee), currency: currency,
                series: Array(repeating: .zero, count: bucketCount),
                sameIDInOtherCurrency: first, account: record.pointee.account))
        firstByID[id] = accumulators.count - 1
        return accumulators.count - 1
    }
}

extension ProviderKind {
    /// This provider's bit in ``GroupTableBuilder/Accumulator/providerBits``.
    var bit: UInt8 { UInt8(1) << UInt8(ProviderKind.allCases.firstIndex(of: self)!) }
}
