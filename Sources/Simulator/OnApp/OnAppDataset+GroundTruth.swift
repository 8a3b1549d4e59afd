import CostCore
import Foundation

// Exact totals over the rows the API serves, for tests and the CLI. A row counts when its
// `stat_time` lies in `[from, to)` and it has been written by "now".
extension OnAppDataset {
    /// Σ `total_cost` of every row with `stat_time` in `[from, to)`.
    public func totalCost(from: Date, to: Date) -> Amount {
        sumMicros(from: from, to: to) { row in row.totalMicros }
    }

    /// Σ `total_cost` of every row with `stat_time` in `[from, to)` per `currency_code` as
    /// served with `variations` (`onapp-loose-rows` charges some servers in euros).
    public func totalCosts(from: Date, to: Date, variations: Set<SimulatorVariation>) -> [String: Amount] {
        let shape = OnAppServedShape(variations: variations)
        var micros: [String: Int64] = [:]
        forEachRow(from: from, to: to) { row in
            micros[shape.currencyCode(of: row, base: currencyCode), default: 0] += row.totalMicros
        }
        return micros.mapValues { Amount(minorUnits: $0, decimals: 6) }
    }

    /// Σ `total_cost` of one server's rows with `stat_time` in `[from, to)`; nil selects the
    /// user-level rows (`virtual_machine_id` null).
    public func totalCost(from: Date, to: Date, virtualMachineID: Int?) -> Amount {
        sumMicros(from: from, to: to) { row in row.virtualMachineID == virtualMachineID ? row.totalMicros : 0 }
    }

    /// Σ `usage_cost` of every row with `stat_time` in `[from, to)`.
    public func usageCost(from: Date, to: Date) -> Amount {
        sumMicros(from: from, to: to) { row in row.usageMicros }
    }

    /// Σ `cost` of the breakdown entries named `resourceName` of every row with `stat_time` in
    /// `[from, to)`, optionally only for the breakdown item (server, disk or interface) `itemID`
    /// of the group `group` (`virtual_machines`, `disks`, `network_interfaces`).
    public func resourceCost(
        from: Date, to: Date, resourceName: String, group: String? = nil, itemID: Int? = nil
    ) -> Amount {
        sumMicros(from: from, to: to) { row in
            var micros: Int64 = 0
            for item in row.items where (group == nil || item.group.rawValue == group) && (itemID ?? item.id) == item.id
            {
                for cost in item.costs where cost.resourceName == resourceName {
                    micros += cost.micros
                }
            }
            return micros
        }
    }

    /// The number of rows with `stat_time` in `[from, to)`.
    public func rowCount(from: Date, to: Date) -> Int {
        var count = 0
        forEachRow(from: from, to: to) { _ in count += 1 }
        return count
    }

    /// The distinct hours (UTC starts) that have at least one row in `[from, to)`.
    public func statHours(from: Date, to: Date) -> [Date] {
        var hours: [Date] = []
        forEachRow(from: from, to: to) { row in
            let start = Date(timeIntervalSince1970: TimeInterval(row.statSecond))
            if hours.last != start { hours.append(start) }
        }
        return hours
    }

    private func sumMicros(from: Date, to: Date, _ value: (OnAppHourlyRow) -> Int64) -> Amount {
        var micros: Int64 = 0
        forEachRow(from: from, to: to) { row in micros += value(row) }
        return Amount(minorUnits: micros, decimals: 6)
    }

    /// Calls `body` with every served row whose `stat_time` lies in `[from, to)`, in answer order.
    private func forEachRow(from: Date, to: Date, _ body: (OnAppHourlyRow) -> Void) {
        let firstSecond = Int64(from.timeIntervalSince1970.rounded(.up))
        let endSecond = Int64(to.timeIntervalSince1970.rounded(.up))
        guard endSecond > firstSecond else { return }
        var cursor = OnAppRowCursor(dataset: self, firstSecond: firstSecond, lastSecond: endSecond - 1)
        while let row = cursor.next() {
            body(row)
        }
    }
}
