import CostCore
import Foundation

extension OnAppClient {
    /// Maps decoded rows to records, one per charged breakdown entry.
    ///
    /// - `period`: the row's hour, `stat_time ..< stat_time + 1 h` (UTC).
    /// - `amount`: the entry's `cost` in the row's own `currency_code` (never assumed).
    /// - `object`: the breakdown item, its id prefixed with its type so ids from different
    ///   groups never collide: `virtual_machine:44`, `disk:2933`, `network_interface:2688`,
    ///   `edge_server:12`. The breakdown does not say which server a disk or interface belongs
    ///   to, but every server row carries only its own, so items of a row with a
    ///   `virtual_machine_id` are nested under that server (`parentID` `virtual_machine:<id>`,
    ///   `parentName` its label from the row's `virtual_machines` item). Items of user-level
    ///   rows have no parent.
    /// - `metric`: `resource_name` (`disk_size`, `data_read`, `cpu_shares`, …).
    /// - `service`: the breakdown group (`virtual_machines`, `disks`, `network_interfaces`, …).
    /// - `quantity`: `value`. No unit: OnApp does not state one.
    /// - `native`: `user_id`, `virtual_machine_id` (when sent), `item_id` (the raw breakdown id)
    ///   and `resource_id` (when sent); the row's `usage_cost` on its first record only
    ///   (``usageCostKey``).
    ///
    /// Totals always equal Σ `total_cost` exactly: when a row's breakdown does not add up to its
    /// `total_cost`, one more record (metric `unattributed`, object the row's server if any)
    /// carries the difference, and a row without a breakdown becomes one record of its
    /// `total_cost` (object its server if any, no metric or service). Entries, differences and
    /// rows of zero cost make no record.
    ///
    /// - Throws: ``ProviderError`` (`malformedResponse`, without an endpoint) for a
    ///   `currency_code` that is not a currency code or sums too large to hold.
    public func records(from rows: [OnAppHourlyStat]) throws(ProviderError) -> [CostRecord] {
        Array(try store(from: rows))
    }

    /// The records of ``records(from:)`` as a store, as a fetch keeps them.
    public func store(from rows: [OnAppHourlyStat]) throws(ProviderError) -> SpendStore {
        var store = SpendStore()
        var series = SpendStore.SeriesMemo<OnAppSeriesKey>()
        try append(rows, within: nil, to: &store, series: &series)
        return store
    }

    /// Appends the records of `rows` whose hour starts in `window` (every row when nil) to
    /// `store`, as ``records(from:)`` documents; every row is checked, kept or not.
    func append(
        _ rows: [OnAppHourlyStat], within window: DateRange?, to store: inout SpendStore,
        series: inout SpendStore.SeriesMemo<OnAppSeriesKey>
    ) throws(ProviderError) {
        for (index, row) in rows.enumerated() {
            guard let currency = Currency(code: row.currencyCode) else {
                throw mappingError(
                    "[\(index)].currency_code \(ServerText.quote(row.currencyCode, limit: 16)) is not a currency code")
            }
            let kept = window?.contains(row.statTime) ?? true
            let hour = DateRange(start: row.statTime, end: row.statTime.addingTimeInterval(3_600))
            let server = serverReference(of: row)
            let base = OnAppSeriesKey(
                currency: currency, userID: row.userID, virtualMachineID: row.virtualMachineID)
            // The row's usage_cost goes with the first record made from it, in the store's
            // second-amount column (SpendStore.secondAmountFields), so rows share series.
            var usage = row.usageCost.flatMap { $0.isZero ? nil : $0 }
            var attributed = Amount.zero
            for group in row.billingStats {
                for item in group.items {
                    let object = objectReference(item, in: group, server: server)
                    for entry in item.costs {
                        guard let sum = Self.add(attributed, entry.cost) else {
                            throw mappingError("[\(index)]: the breakdown's costs are too large to add up")
                        }
                        attributed = sum
                        guard kept, !entry.cost.isZero else { continue }
                        var key = base
                        key.object = object
                        key.metric = entry.resourceName
                        key.service = group.name
                        key.itemID = item.id
                        key.resourceID = entry.resourceID
                        append(
                            key, hour: hour, amount: entry.cost, quantity: entry.value, usage: usage,
                            to: &store, series: &series)
                        usage = nil
                    }
                }
            }
            guard let rest = Self.subtract(row.totalCost, attributed) else {
                throw mappingError("[\(index)]: total_cost and the breakdown are too large to compare")
            }
            guard kept, !rest.isZero else { continue }
            var key = base
            key.object = server
            key.metric = row.hasBreakdown ? Self.unattributedMetric : nil
            append(
                key, hour: hour, amount: rest, quantity: nil, usage: usage, to: &store, series: &series)
        }
    }

    private func append(
        _ key: OnAppSeriesKey, hour: DateRange, amount: Amount, quantity: Amount?, usage: Amount?,
        to store: inout SpendStore, series: inout SpendStore.SeriesMemo<OnAppSeriesKey>
    ) {
        var key = key
        key.carriesUsageCost = usage != nil
        let code = series.code(of: key, in: &store) { store in
            store.seriesCode(
                provider: .onapp, account: account.name, object: key.object,
                metric: key.metric.map { EntityRef(id: $0) }, service: key.service, currency: key.currency,
                native: key.native, secondAmountName: key.carriesUsageCost ? Self.usageCostKey : nil)
        }
        store.append(
            series: code, period: hour, amount: amount, quantity: quantity, secondAmount: usage)
    }

    /// The key of ``CostRecord/native`` that keeps a row's `usage_cost`.
    public static let usageCostKey = CostRecord.onAppUsageCostKey

    /// The metric of the record that carries a row's `total_cost` not covered by its breakdown.
    public static let unattributedMetric = "unattributed"

    /// The row's server as an object, with its label when the breakdown has it.
    private func serverReference(of row: OnAppHourlyStat) -> ObjectRef? {
        guard let machineID = row.virtualMachineID else { return nil }
        let label = row.billingStats.first { $0.name == "virtual_machines" }?.items.first { $0.id == machineID }?.label
        return ObjectRef(id: "virtual_machine:\(machineID)", name: label, type: "virtual_machine")
    }

    /// The object of a breakdown item, nested under the row's server unless it is the server.
    private func objectReference(_ item: OnAppBillingItem, in group: OnAppBillingGroup, server: ObjectRef?)
        -> ObjectRef
    {
        let type = group.itemType
        let id = "\(type):\(item.id)"
        guard let server, server.id != id else { return ObjectRef(id: id, name: item.label, type: type) }
        return ObjectRef(id: id, name: item.label, type: type, parentID: server.id, parentName: server.name)
    }

    private func mappingError(_ detail: String) -> ProviderError {
        ProviderError(provider: .onapp, account: account.name, endpoint: "", kind: .malformedResponse(detail))
    }

    /// `lhs - rhs`, or nil when the difference does not fit.
    private static func subtract(_ lhs: Amount, _ rhs: Amount) -> Amount? {
        let (difference, overflow) = lhs.units.subtractingReportingOverflow(rhs.units)
        return overflow ? nil : Amount(units: difference)
    }

    /// `lhs + rhs`, or nil when the sum does not fit.
    private static func add(_ lhs: Amount, _ rhs: Amount) -> Amount? {
        let (sum, overflow) = lhs.units.addingReportingOverflow(rhs.units)
        return overflow ? nil : Amount(units: sum)
    }
}

/// What the records of one OnApp series share: everything but the hour, amount and quantity.
struct OnAppSeriesKey: Hashable {
    var currency: Currency
    var userID: String?
    var virtualMachineID: String?
    var object: ObjectRef?
    var metric: String?
    var service: String?
    var itemID: String?
    var resourceID: String?
    /// Whether the records carry their row's `usage_cost` (the first record of a row).
    var carriesUsageCost = false

    /// The native fields: `user_id`, `virtual_machine_id`, `item_id` and `resource_id` (see
    /// ``OnAppClient/records(from:)``; `usage_cost` is the store's second amount).
    var native: [String: String] {
        var native: [String: String] = [:]
        if let userID { native["user_id"] = userID }
        if let virtualMachineID { native["virtual_machine_id"] = virtualMachineID }
        if let itemID { native["item_id"] = itemID }
        if let resourceID { native["resource_id"] = resourceID }
        return native
    }
}
