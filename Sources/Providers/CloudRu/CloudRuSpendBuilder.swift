import CostCore
import Foundation

/// One query's rows as they are read, kept as columns, and the ``SpendStore`` they become.
///
/// Rows are read straight into the columns below, their names as codes (``NameTable``) and
/// everything a row shares with others of its kind as one series code, so a row costs a few
/// integers and a handful of small appends — no row value and no dictionary per row. A page's
/// rows are staged until the client has decided to keep the page (v1 may repeat one), then cut
/// to the window's days; v2 rows stay staged until the last page, for the upsert by `encode_id`.
/// ``finish()`` turns the kept rows into records: one series per distinct set of names, each
/// record exactly what ``CloudRuClient`` documents.
struct CloudRuSpendBuilder: CloudRuRowSink {
    var names = NameTable()

    private let account: CloudRuAccount
    private let projectID: String?
    private var days: CloudRuUseDay

    /// What every row of a series shares. `tariff` is a price per unit and is a native field,
    /// so it belongs here; the amounts and quantity are per row.
    private struct SeriesKey: Hashable {
        var sku: Int32
        var service: Int32
        var resourceID: Int32
        var resourceName: Int32
        var unit: Int32
        var platform: Int32
        var agreement: Int32
        var dmid: Int32
        /// Whether the rows carry an `encode_id` (v2); the key itself is per row.
        var keyed: Bool
        var meta: Int32
        var tariff: Int128
    }

    private var seriesKeys: [SeriesKey] = []
    private var seriesCodes: [SeriesKey: UInt32] = [:]
    private var metaLists: [[Int32]] = []
    private var metaCodes: [[Int32]: Int32] = [:]

    // Staged rows, one entry each.
    private var series: [UInt32] = []
    private var dayNumbers: [Int32] = []
    private var useDates: [Double] = []
    private var amounts: [Int128] = []
    private var amountsWithVAT: [Int128] = []
    private var quantities: [Int128] = []
    private var updatedAts: [Double] = []
    private var deleted: [Bool] = []
    private var encodeIDs: [Int32] = []

    /// The records kept so far.
    private(set) var store = SpendStore()
    /// The store's code of each staged series, or `UInt32.max` until a record of it is kept.
    private var storeCodes: [UInt32] = []

    /// A builder for `account`'s rows queried for `projectID` (nil for the whole agreement).
    init(account: CloudRuAccount, projectID: String?) {
        self.account = account
        self.projectID = projectID
        self.days = CloudRuUseDay(zone: account.zone)
    }

    /// The number of staged rows.
    var stagedCount: Int { series.count }

    mutating func take(_ row: CloudRuRowFields) {
        var meta: Int32 = -1
        if !row.meta.isEmpty {
            if let code = metaCodes[row.meta] {
                meta = code
            } else {
                meta = Int32(metaLists.count)
                metaLists.append(row.meta)
                metaCodes[row.meta] = meta
            }
        }
        let key = SeriesKey(
            sku: row.sku, service: row.service, resourceID: row.resourceID, resourceName: row.resourceName,
            unit: row.unit, platform: row.platform, agreement: row.agreement, dmid: row.dmid, keyed: row.encodeID >= 0,
            meta: meta, tariff: row.tariff?.units ?? SpendStore.none)
        let code: UInt32
        if let known = seriesCodes[key] {
            code = known
        } else {
            code = UInt32(seriesKeys.count)
            seriesKeys.append(key)
            seriesCodes[key] = code
            storeCodes.append(.max)
        }
        series.append(code)
        dayNumbers.append(Int32(days.day(of: row.useDate)))
        useDates.append(row.useDate.timeIntervalSince1970)
        amounts.append(row.amount.units)
        amountsWithVAT.append(row.amountWithVAT.units)
        quantities.append(row.quantity?.units ?? SpendStore.none)
        updatedAts.append((row.updatedAt ?? .distantPast).timeIntervalSince1970)
        deleted.append(row.isDeleted)
        encodeIDs.append(row.encodeID)
    }

    /// What decides whether two staged rows are the same row (v1's repeated page): every field.
    struct RowIdentity: Equatable {
        fileprivate var series: UInt32
        fileprivate var useDate: Double
        fileprivate var amount: Int128
        fileprivate var amountWithVAT: Int128
        fileprivate var quantity: Int128
        fileprivate var updatedAt: Double
        fileprivate var deleted: Bool
        fileprivate var encodeID: Int32
    }

    /// The identity of staged row `index`.
    func identity(at index: Int) -> RowIdentity {
        RowIdentity(
            series: series[index], useDate: useDates[index], amount: amounts[index],
            amountWithVAT: amountsWithVAT[index], quantity: quantities[index], updatedAt: updatedAts[index],
            deleted: deleted[index], encodeID: encodeIDs[index])
    }

    /// Drops the staged rows from `index` on.
    mutating func dropStaged(from index: Int) {
        series.removeSubrange(index...)
        dayNumbers.removeSubrange(index...)
        useDates.removeSubrange(index...)
        amounts.removeSubrange(index...)
        amountsWithVAT.removeSubrange(index...)
        quantities.removeSubrange(index...)
        updatedAts.removeSubrange(index...)
        deleted.removeSubrange(index...)
        encodeIDs.removeSubrange(index...)
    }

    /// Keeps the staged rows from `index` on whose day lies in `window`; rows of the days just
    /// around it are what the wider request brings and go silently, `outside` is called with
    /// the `usedate` of each row further away.
    mutating func keepStaged(from index: Int, in window: CloudRuDayWindow, outside: (Date) -> Void) {
        var kept = index
        for row in index..<series.count {
            let day = Int(dayNumbers[row])
            guard window.contains(day) else {
                if day < window.firstDay - 1 || day > window.lastDay + 1 {
                    outside(Date(timeIntervalSince1970: useDates[row]))
                }
                continue
            }
            if kept != row {
                series[kept] = series[row]
                dayNumbers[kept] = dayNumbers[row]
                useDates[kept] = useDates[row]
                amounts[kept] = amounts[row]
                amountsWithVAT[kept] = amountsWithVAT[row]
                quantities[kept] = quantities[row]
                updatedAts[kept] = updatedAts[row]
                deleted[kept] = deleted[row]
                encodeIDs[kept] = encodeIDs[row]
            }
            kept += 1
        }
        dropStaged(from: kept)
    }

    /// Moves every staged row into the store, in order.
    mutating func commitStaged() {
        commit(series.indices)
        dropStaged(from: 0)
    }

    /// Moves the staged rows into the store with one row per `encode_id` (the latest
    /// `updated_dt` wins, the first on a tie) and deleted rows removed, order kept; rows without
    /// a key are all kept (``CloudRuClient/upserted(_:)``'s rule).
    mutating func commitUpserted() {
        var positions: [Int32: Int] = [:]
        var kept: [Int] = []
        kept.reserveCapacity(series.count)
        for row in series.indices {
            let key = encodeIDs[row]
            guard key >= 0 else {
                kept.append(row)
                continue
            }
            if let position = positions[key] {
                if updatedAts[row] > updatedAts[kept[position]] { kept[position] = row }
            } else {
                positions[key] = kept.count
                kept.append(row)
            }
        }
        let live = kept.filter { !deleted[$0] }
        commit(live)
        dropStaged(from: 0)
    }

    private mutating func commit(_ rows: some Collection<Int>) {
        let includeVAT = account.includeVAT
        for row in rows {
            let local = Int(series[row])
            var code = storeCodes[local]
            if code == .max {
                code = storeSeries(seriesKeys[local])
                storeCodes[local] = code
            }
            let start = Int64(dayNumbers[row]) * 86_400_000
            let quantity = quantities[row] == SpendStore.none ? nil : Amount(units: quantities[row])
            let withVAT = Amount(units: amountsWithVAT[row])
            let withoutVAT = Amount(units: amounts[row])
            store.append(
                series: code, start: start, end: start + 86_400_000, amount: includeVAT ? withVAT : withoutVAT,
                quantity: quantity, secondAmount: includeVAT ? withoutVAT : withVAT,
                rowKey: names.name(encodeIDs[row]))
        }
    }

    /// Adds a series to the store: the names and native fields ``CloudRuClient`` documents.
    private mutating func storeSeries(_ key: SeriesKey) -> UInt32 {
        var native: [String: String] = [:]
        if key.tariff != SpendStore.none { native["tariff"] = Amount(units: key.tariff).description }
        if let platform = names.name(key.platform) { native["platform"] = platform }
        if let agreement = names.name(key.agreement) { native["dog_id"] = agreement }
        if let dmid = names.name(key.dmid) { native["dmid"] = dmid }
        var zone: String?
        if key.meta >= 0 {
            let meta = metaLists[Int(key.meta)]
            for pair in stride(from: 0, to: meta.count, by: 2) {
                let name = names[meta[pair]]
                native[name] = names[meta[pair + 1]]
                if name == "meta.availability_zone" { zone = names[meta[pair + 1]] }
            }
        }
        let resourceName = names.name(key.resourceName)
        let service = names[key.service]
        return store.seriesCode(
            provider: .cloudru, account: account.name,
            project: projectID.map { EntityRef(id: $0, name: account.projectNames[$0]) },
            object: (names.name(key.resourceID) ?? resourceName).map {
                ObjectRef(id: $0, name: resourceName, type: service)
            },
            metric: EntityRef(id: names[key.sku]), region: zone, service: service, unit: names.name(key.unit),
            currency: .rub, native: native,
            secondAmountName: account.includeVAT ? "amount_without_vat" : "amount_with_vat",
            rowKeyName: key.keyed ? "encode_id" : nil)
    }
}
