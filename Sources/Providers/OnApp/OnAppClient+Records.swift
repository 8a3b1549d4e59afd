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
        var records: [CostRecord] = []
        for (index, row) in rows.enumerated() {
            guard let currency = Currency(code: row.currencyCode) else {
                throw mappingError(
                    "[\(index)].currency_code \(ServerText.quote(row.currencyCode, limit: 16)) is not a currency code")
            }
            let period = DateRange(start: row.statTime, end: row.statTime.addingTimeInterval(3_600))
            let server = serverReference(of: row)
            var native: [String: String] = [:]
            if let userID = row.userID { native["user_id"] = userID }
            if let machineID = row.virtualMachineID { native["virtual_machine_id"] = machineID }

            let firstRecord = records.count
            defer { keepUsageCost(of: row, in: &records, from: firstRecord) }
            var attributed = Amount.zero
            for group in row.billingStats {
                for item in group.items {
                    let object = objectReference(item, in: group, server: server)
                    for entry in item.costs {
                        guard let sum = Self.add(attributed, entry.cost) else {
                            throw mappingError("[\(index)]: the breakdown's costs are too large to add up")
                        }
                        attributed = sum
                        guard !entry.cost.isZero else { continue }
                        var entryNative = native
                        entryNative["item_id"] = item.id
                        if let resourceID = entry.resourceID { entryNative["resource_id"] = resourceID }
                        records.append(
                            CostRecord(
                                provider: .onapp, account: account.name, object: object,
                                metric: EntityRef(id: entry.resourceName), service: group.name, period: period,
                                amount: Money(entry.cost, currency), quantity: entry.value, native: entryNative))
                    }
                }
            }
            guard let rest = Self.subtract(row.totalCost, attributed) else {
                throw mappingError("[\(index)]: total_cost and the breakdown are too large to compare")
            }
            guard !rest.isZero else { continue }
            let metric = row.hasBreakdown ? EntityRef(id: Self.unattributedMetric) : nil
            records.append(
                CostRecord(
                    provider: .onapp, account: account.name, object: server, metric: metric, period: period,
                    amount: Money(rest, currency), native: native))
        }
        return records
    }

    /// The key of ``CostRecord/native`` that keeps a row's `usage_cost`.
    public static let usageCostKey = CostRecord.onAppUsageCostKey

    /// Writes `row`'s `usage_cost` into the first of the records made from it (from index
    /// `first`), when it has one that is not zero and made any record.
    private func keepUsageCost(of row: OnAppHourlyStat, in records: inout [CostRecord], from first: Int) {
        guard let usage = row.usageCost, !usage.isZero, records.indices.contains(first) else { return }
        records[first].native[Self.usageCostKey] = usage.description
    }

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
