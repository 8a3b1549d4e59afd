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

    /// One `vm_stats` answer in the account's format read into a store as a fetch reads it
    /// (every row kept), with no request: for measuring the readers on their own.
    public func store(fromAnswer body: [UInt8]) throws -> SpendStore {
        var warnings = OnAppFieldWarnings()
        switch account.format {
        case .json:
            var builder = OnAppSpendBuilder(account: account.name)
            try OnAppJSONDecoding.read(body, into: &builder, warnings: &warnings)
            return try builder.finished()
        case .xml:
            return try OnAppXMLDecoding.read(body, into: OnAppSpendBuilder(account: account.name), warnings: &warnings)
                .finished()
        }
    }

    /// The records of ``records(from:)`` as a store, as a fetch keeps them.
    public func store(from rows: [OnAppHourlyStat]) throws(ProviderError) -> SpendStore {
        var builder = OnAppSpendBuilder(account: account.name)
        for (index, row) in rows.enumerated() {
            builder.take(OnAppRowFields(row, names: &builder.names), index: index)
        }
        return try builder.finished()
    }

    /// The key of ``CostRecord/native`` that keeps a row's `usage_cost`.
    public static let usageCostKey = CostRecord.onAppUsageCostKey

    /// The metric of the record that carries a row's `total_cost` not covered by its breakdown.
    public static let unattributedMetric = "unattributed"

    /// `lhs - rhs`, or nil when the difference does not fit.
    static func subtract(_ lhs: Amount, _ rhs: Amount) -> Amount? {
        let (difference, overflow) = lhs.units.subtractingReportingOverflow(rhs.units)
        return overflow ? nil : Amount(units: difference)
    }

    /// `lhs + rhs`, or nil when the sum does not fit.
    static func add(_ lhs: Amount, _ rhs: Amount) -> Amount? {
        let (sum, overflow) = lhs.units.addingReportingOverflow(rhs.units)
        return overflow ? nil : Amount(units: sum)
    }
}
