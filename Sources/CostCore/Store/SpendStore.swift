import Foundation

/// Spend records as columns: a table of series (the names a record shares with others of its
/// kind, dictionary-encoded) and, per record, a series code, a period and exact amounts.
///
/// A record costs about 50 bytes here instead of ~800 as a `CostRecord` with its strings and
/// dictionary, and every pass over a million records (grouping, totals) is a loop over flat
/// integer arrays. ``CostRecord`` remains as a read-only view of one row (``subscript(_:)``)
/// for exports, drill details and tests.
public struct SpendStore: Sendable, Equatable {
    /// The dictionaries the series' codes refer to.
    public private(set) var dictionaries = SpendDictionaries()
    /// Every distinct series; a record's ``seriesCodes`` entry indexes this array.
    public private(set) var series: [SpendSeries] = []
    private var seriesIndex: [SpendSeries: UInt32] = [:]

    /// Per record: the index of its series.
    public private(set) var seriesCodes: [UInt32] = []
    /// Per record: the start of its period, in milliseconds since 1970 UTC.
    public private(set) var starts: [Int64] = []
    /// Per record: the end of its period, in milliseconds since 1970 UTC.
    public private(set) var ends: [Int64] = []
    /// Per record: the amount, in ``Amount`` units (10⁻¹²).
    public private(set) var amounts: [Int128] = []
    /// Per record: the quantity in ``Amount`` units, or ``SpendStore/none``; empty while no
    /// record has one.
    public private(set) var quantities: [Int128] = []
    /// Per record: a second exact amount the provider gave (named by the series), or
    /// ``SpendStore/none``; empty while no record has one.
    public private(set) var secondAmounts: [Int128] = []

    /// Per record: the key the provider gave the line (named by the series), or an empty
    /// string; empty while no record has one. A key differs on every line, so it is kept here
    /// rather than in the series, which it would multiply into one per record.
    public private(set) var rowKeys: [String] = []

    /// The marker of a missing quantity or second amount.
    public static let none = Int128.min

    public init() {}

    /// A store holding `records`, in order.
    public init(_ records: some Sequence<CostRecord>) {
        self.init()
        for record in records { append(record) }
    }

    /// Native fields that hold a second exact amount per record (Cloud.ru gives the amount
    /// with and without VAT, OnApp a row's usage cost on its first record): kept as a column,
    /// so that they do not make every record a series of its own.
    public static let secondAmountFields: Set<String> = [
        "amount_without_vat", "amount_with_vat", CostRecord.onAppUsageCostKey,
    ]

    /// Native fields that hold a key of their line (Cloud.ru's `encode_id`): kept as a column.
    public static let rowKeyFields: Set<String> = ["encode_id"]

    /// The number of records.
    public var count: Int { seriesCodes.count }
    public var isEmpty: Bool { seriesCodes.isEmpty }

    public mutating func reserveCapacity(_ records: Int) {
        seriesCodes.reserveCapacity(records)
        starts.reserveCapacity(records)
        ends.reserveCapacity(records)
        amounts.reserveCapacity(records)
    }

    // MARK: Appending

    /// The code of a series, adding it when it is new.
    public mutating func seriesCode(
        provider: ProviderKind, account: String, project: EntityRef? = nil, object: ObjectRef? = nil,
        metric: EntityRef? = nil, region: String? = nil, service: String? = nil, unit: String? = nil,
        currency: Currency, native: [String: String] = [:], secondAmountName: String? = nil,
        rowKeyName: String? = nil
    ) -> UInt32 {
        let absent = SpendSeries.absent
        let key = SpendSeries(
            provider: provider, account: dictionaries.accounts.code(of: account),
            project: project.map { dictionaries.projects.code(of: $0) } ?? absent,
            object: object.map { dictionaries.objects.code(of: $0) } ?? absent,
            metric: metric.map { dictionaries.metrics.code(of: $0) } ?? absent,
            region: region.map { dictionaries.names.code(of: $0) } ?? absent,
            service: service.map { dictionaries.names.code(of: $0) } ?? absent,
            unit: unit.map { dictionaries.names.code(of: $0) } ?? absent,
            currency: dictionaries.currencies.code(of: currency),
            native: native.isEmpty ? absent : dictionaries.natives.code(of: native),
            secondAmountName: secondAmountName.map { dictionaries.names.code(of: $0) } ?? absent,
            rowKeyName: rowKeyName.map { dictionaries.names.code(of: $0) } ?? absent)
        return code(of: key)
    }

    private mutating func code(of key: SpendSeries) -> UInt32 {
        if let code = seriesIndex[key] { return code }
        let code = UInt32(series.count)
        series.append(key)
        seriesIndex[key] = code
        return code
    }

    /// Series codes a decoder remembers by its own key for a series (what its rows share), so
    /// that the names of a series are looked up in the dictionaries once, on its first row.
    public struct SeriesMemo<Key: Hashable & Sendable>: Sendable {
        private var codes: [Key: UInt32] = [:]

        public init() {}

        /// The code of `key`'s series, made by `make` on the first call for `key`.
        public mutating func code(
            of key: Key, in store: inout SpendStore, make: (inout SpendStore) -> UInt32
        ) -> UInt32 {
            if let code = codes[key] { return code }
            let code = make(&store)
            codes[key] = code
            return code
        }
    }

    /// Appends one record of series `code` over `period`.
    public mutating func append(
        series code: UInt32, period: DateRange, amount: Amount, quantity: Amount? = nil, secondAmount: Amount? = nil,
        rowKey: String? = nil
    ) {
        append(
            series: code, start: Self.milliseconds(period.start), end: Self.milliseconds(period.end), amount: amount,
            quantity: quantity, secondAmount: secondAmount, rowKey: rowKey)
    }

    /// Appends one record of series `code`.
    public mutating func append(
        series code: UInt32, start: Int64, end: Int64, amount: Amount, quantity: Amount? = nil,
        secondAmount: Amount? = nil, rowKey: String? = nil
    ) {
        seriesCodes.append(code)
        starts.append(start)
        ends.append(Swift.max(start, end))
        amounts.append(amount.units)
        if let quantity {
            if quantities.count < seriesCodes.count - 1 { quantities.append(contentsOf: padding(quantities)) }
            quantities.append(quantity.units)
        } else if !quantities.isEmpty {
            quantities.append(Self.none)
        }
        if let secondAmount {
            if secondAmounts.count < seriesCodes.count - 1 { secondAmounts.append(contentsOf: padding(secondAmounts)) }
            secondAmounts.append(secondAmount.units)
        } else if !secondAmounts.isEmpty {
            secondAmounts.append(Self.none)
        }
        if let rowKey {
            if rowKeys.count < seriesCodes.count - 1 {
                rowKeys.append(contentsOf: repeatElement("", count: seriesCodes.count - 1 - rowKeys.count))
            }
            rowKeys.append(rowKey)
        } else if !rowKeys.isEmpty {
            rowKeys.append("")
        }
    }

    /// The `none` markers a column started late needs for the records before it.
    private func padding(_ column: [Int128]) -> Repeated<Int128> {
        repeatElement(Self.none, count: seriesCodes.count - 1 - column.count)
    }

    /// Appends `record`. One native field of ``secondAmountFields`` holding an exact amount is
    /// kept in the second-amount column, so records differing only in it share a series.
    public mutating func append(_ record: CostRecord) {
        var native = record.native
        var second: Amount?
        var secondName: String?
        for field in Self.secondAmountFields {
            guard let text = native[field], let amount = Amount(text), amount.description == text else { continue }
            second = amount
            secondName = field
            native[field] = nil
            break
        }
        var rowKey: String?
        var rowKeyName: String?
        for field in Self.rowKeyFields {
            guard let key = native[field], !key.isEmpty else { continue }
            rowKey = key
            rowKeyName = field
            native[field] = nil
            break
        }
        let code = seriesCode(
            provider: record.provider, account: record.account, project: record.project, object: record.object,
            metric: record.metric, region: record.region, service: record.service, unit: record.unit,
            currency: record.amount.currency, native: native, secondAmountName: secondName, rowKeyName: rowKeyName)
        append(
            series: code, period: record.period, amount: record.amount.amount, quantity: record.quantity,
            secondAmount: second, rowKey: rowKey)
    }

    /// Appends every record of `other`, re-coding its series into this store's dictionaries.
    public mutating func append(contentsOf other: SpendStore) {
        guard !other.isEmpty else { return }
        if isEmpty && series.isEmpty {
            self = other
            return
        }
        let dictionaries = other.dictionaries
        let recode = seriesCodes(
            of: other.series,
            namedBy: SeriesNames(
                accounts: dictionaries.accounts.values, projects: dictionaries.projects.values,
                objects: dictionaries.objects.values, metrics: dictionaries.metrics.values,
                names: dictionaries.names.values, currencies: dictionaries.currencies.values,
                natives: dictionaries.natives.values))
        let offset = count
        reserveCapacity(count + other.count)
        seriesCodes.append(contentsOf: other.seriesCodes.lazy.map { recode[Int($0)] })
        starts.append(contentsOf: other.starts)
        ends.append(contentsOf: other.ends)
        amounts.append(contentsOf: other.amounts)
        Self.join(&quantities, offset: offset, other.quantities, otherCount: other.count)
        Self.join(&secondAmounts, offset: offset, other.secondAmounts, otherCount: other.count)
        if !rowKeys.isEmpty || !other.rowKeys.isEmpty {
            if rowKeys.isEmpty { rowKeys = Array(repeating: "", count: offset) }
            rowKeys.append(contentsOf: other.rowKeys.isEmpty ? Array(repeating: "", count: other.count) : other.rowKeys)
        }
    }

    private static func join(_ column: inout [Int128], offset: Int, _ other: [Int128], otherCount: Int) {
        if column.isEmpty && other.isEmpty { return }
        if column.isEmpty { column = Array(repeating: none, count: offset) }
        if other.isEmpty {
            column.append(contentsOf: repeatElement(none, count: otherCount))
        } else {
            column.append(contentsOf: other)
        }
    }

    /// The codes in this store of `series`, whose dimensions are codes into `names` (another
    /// store's dictionaries, or a cached piece's), adding series and values that are new. Each
    /// distinct value is hashed once, however many series use it; a series is then found by its
    /// integers. Every key must pass ``SeriesNames/canName(_:)``.
    public mutating func seriesCodes(of series: [SpendSeries], namedBy names: SeriesNames) -> [UInt32] {
        var memo = (
            accounts: [Int32](repeating: .min, count: names.accounts.count),
            projects: [Int32](repeating: .min, count: names.projects.count),
            objects: [Int32](repeating: .min, count: names.objects.count),
            metrics: [Int32](repeating: .min, count: names.metrics.count),
            names: [Int32](repeating: .min, count: names.names.count),
            currencies: [Int32](repeating: .min, count: names.currencies.count),
            natives: [Int32](repeating: .min, count: names.natives.count)
        )
        func recode<Value>(
            _ code: Int32, _ values: [Value], _ dictionary: inout ValueDictionary<Value>, _ known: inout [Int32]
        ) -> Int32 {
            guard code >= 0 else { return code }
            let index = Int(code)
            if known[index] == .min { known[index] = dictionary.code(of: values[index]) }
            return known[index]
        }
        return series.map { key in
            // Coded in the order a series names its dimensions, so that the dictionaries fill in
            // the same order as when each series is coded by its values.
            var result = key
            result.account = recode(key.account, names.accounts, &dictionaries.accounts, &memo.accounts)
            result.project = recode(key.project, names.projects, &dictionaries.projects, &memo.projects)
            result.object = recode(key.object, names.objects, &dictionaries.objects, &memo.objects)
            result.metric = recode(key.metric, names.metrics, &dictionaries.metrics, &memo.metrics)
            result.region = recode(key.region, names.names, &dictionaries.names, &memo.names)
            result.service = recode(key.service, names.names, &dictionaries.names, &memo.names)
            result.unit = recode(key.unit, names.names, &dictionaries.names, &memo.names)
            result.currency = recode(key.currency, names.currencies, &dictionaries.currencies, &memo.currencies)
            result.native = recode(key.native, names.natives, &dictionaries.natives, &memo.natives)
            result.secondAmountName = recode(key.secondAmountName, names.names, &dictionaries.names, &memo.names)
            result.rowKeyName = recode(key.rowKeyName, names.names, &dictionaries.names, &memo.names)
            return code(of: result)
        }
    }

    // MARK: Removing

    /// Keeps only the records whose series passes `isIncluded`; the series table keeps its
    /// codes (a series without records costs nothing in a pass).
    private mutating func keepSeries(where isIncluded: (SpendSeries) -> Bool) {
        let keep = series.map(isIncluded)
        guard keep.contains(false) else { return }
        var result = SpendStore()
        result.dictionaries = dictionaries
        result.series = series
        result.seriesIndex = seriesIndex
        let kept = seriesCodes.indices.filter { keep[Int(seriesCodes[$0])] }
        result.seriesCodes = kept.map { seriesCodes[$0] }
        result.starts = kept.map { starts[$0] }
        result.ends = kept.map { ends[$0] }
        result.amounts = kept.map { amounts[$0] }
        if !quantities.isEmpty { result.quantities = kept.map { quantities[$0] } }
        if !secondAmounts.isEmpty { result.secondAmounts = kept.map { secondAmounts[$0] } }
        if !rowKeys.isEmpty { result.rowKeys = kept.map { rowKeys[$0] } }
        self = result
    }

    /// Removes every record of `account`.
    public mutating func removeAccount(_ account: String) {
        guard let code = dictionaries.accounts.existingCode(of: account) else { return }
        keepSeries { $0.account != code }
    }

    /// Removes every record.
    public mutating func removeAll() { self = SpendStore() }

    // MARK: Reading

    /// The currency of a series.
    public func currency(of series: SpendSeries) -> Currency { dictionaries.currencies[series.currency] }

    /// The account of a series.
    public func account(of series: SpendSeries) -> String { dictionaries.accounts[series.account] }

    /// The unit of a series' quantities.
    public func unit(of series: SpendSeries) -> String? {
        series.unit < 0 ? nil : dictionaries.names[series.unit]
    }

    /// The provider's fields every record of a series shares.
    public func native(of series: SpendSeries) -> [String: String] {
        series.native < 0 ? [:] : dictionaries.natives[series.native]
    }

    /// The period of record `index`.
    public func period(at index: Int) -> DateRange {
        DateRange(start: Self.date(starts[index]), end: Self.date(ends[index]))
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000).rounded())
    }

    static func date(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1_000)
    }

    public static func == (lhs: SpendStore, rhs: SpendStore) -> Bool {
        lhs.count == rhs.count && lhs.series == rhs.series && lhs.seriesCodes == rhs.seriesCodes
            && lhs.starts == rhs.starts && lhs.ends == rhs.ends && lhs.amounts == rhs.amounts
            && lhs.quantities == rhs.quantities && lhs.secondAmounts == rhs.secondAmounts
            && lhs.rowKeys == rhs.rowKeys && lhs.dictionaries == rhs.dictionaries
    }
}

extension SpendStore: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { seriesCodes.count }

    /// Record `index` as a ``CostRecord`` (built on demand: the store holds no records).
    public subscript(index: Int) -> CostRecord {
        let key = series[Int(seriesCodes[index])]
        let names = dictionaries.names
        func name(_ code: Int32) -> String? { code < 0 ? nil : names[code] }
        var native = key.native < 0 ? [:] : dictionaries.natives[key.native]
        if key.secondAmountName >= 0, !secondAmounts.isEmpty, secondAmounts[index] != Self.none {
            native[names[key.secondAmountName]] = Amount(units: secondAmounts[index]).description
        }
        if key.rowKeyName >= 0, !rowKeys.isEmpty, !rowKeys[index].isEmpty {
            native[names[key.rowKeyName]] = rowKeys[index]
        }
        let quantity = quantities.isEmpty || quantities[index] == Self.none ? nil : Amount(units: quantities[index])
        return CostRecord(
            provider: key.provider, account: dictionaries.accounts[key.account],
            project: key.project < 0 ? nil : dictionaries.projects[key.project],
            object: key.object < 0 ? nil : dictionaries.objects[key.object],
            metric: key.metric < 0 ? nil : dictionaries.metrics[key.metric], region: name(key.region),
            service: name(key.service), period: period(at: index),
            amount: Money(Amount(units: amounts[index]), dictionaries.currencies[key.currency]), quantity: quantity,
            unit: name(key.unit), native: native)
    }
}
