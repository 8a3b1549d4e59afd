import CostCore
import Foundation

extension CloudRuDataset {
    /// Every row with a `usedate` in `from ..< to` (UTC instants; a row's `usedate` is its
    /// day's midnight), in the API's order, as seen at ``now``. Deleted rows (v2 `is_delete`)
    /// are left out unless `includeDeleted`.
    public func rows(
        from: Date,
        to: Date,
        projectIDs: Set<String>? = nil,
        services: Set<String>? = nil,
        includeDeleted: Bool = false
    ) -> [CloudRuRow] {
        var cursor = cursor(
            from: from, to: to, projectIDs: projectIDs, services: services, includeDeleted: includeDeleted)
        var rows: [CloudRuRow] = []
        while let values = cursor.next() {
            rows.append(row(values))
        }
        return rows
    }

    /// Exact sum of `amount` (without VAT) over the live rows that ``rows(from:to:projectIDs:services:includeDeleted:)``
    /// returns: what a client must arrive at after paging.
    public func totalAmount(
        from: Date,
        to: Date,
        projectIDs: Set<String>? = nil,
        services: Set<String>? = nil
    ) -> Amount {
        sum(\.amountMicros, from: from, to: to, projectIDs: projectIDs, services: services)
    }

    /// Exact sum of `amount_nds` (with VAT) over the same rows as ``totalAmount(from:to:projectIDs:services:)``.
    public func totalAmountWithVAT(
        from: Date,
        to: Date,
        projectIDs: Set<String>? = nil,
        services: Set<String>? = nil
    ) -> Amount {
        sum(\.amountWithVATMicros, from: from, to: to, projectIDs: projectIDs, services: services)
    }

    /// The number of live rows in the range (deleted rows excluded).
    public func rowCount(from: Date, to: Date, projectIDs: Set<String>? = nil, services: Set<String>? = nil) -> Int {
        var cursor = cursor(from: from, to: to, projectIDs: projectIDs, services: services, includeDeleted: false)
        return cursor.count()
    }

    /// The `encode_id` of a row: 32 lowercase hex digits.
    func encodeID(_ values: CloudRuRowValues) -> String {
        var writer = JSONWriter(capacity: 32)
        let id = series[values.series].encodeID(day: values.day, quantum: values.quantum)
        writer.hex(id.high)
        writer.hex(id.low)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The exact sum of one money field (in micro-roubles) over the live rows.
    private func sum(
        _ field: KeyPath<CloudRuRowValues, Int64>, from: Date, to: Date, projectIDs: Set<String>?,
        services: Set<String>?
    ) -> Amount {
        var cursor = cursor(from: from, to: to, projectIDs: projectIDs, services: services, includeDeleted: false)
        var micros: Int64 = 0
        while let values = cursor.next() {
            micros += values[keyPath: field]
        }
        return Amount(minorUnits: micros, decimals: 6)
    }

    private func cursor(
        from: Date,
        to: Date,
        projectIDs: Set<String>?,
        services: Set<String>?,
        includeDeleted: Bool
    ) -> CloudRuRowCursor {
        let firstDay = Int64((from.timeIntervalSince1970 / 86_400).rounded(.up))
        let endDay = Int64((to.timeIntervalSince1970 / 86_400).rounded(.up))
        let projects = projectIDs.map { Set($0.compactMap { projectPosition(id: $0) }) }
        return CloudRuRowCursor(
            dataset: self,
            selected: selectedSeries(projects: projects, services: services),
            days: firstDay..<max(firstDay, endDay),
            includeDeleted: includeDeleted
        )
    }

    private func row(_ values: CloudRuRowValues) -> CloudRuRow {
        let item = series[values.series]
        let resource = resources[item.resourceIndex]
        return CloudRuRow(
            encodeID: encodeID(values),
            projectID: resource.projectID,
            resourceID: resource.id,
            resourceName: resource.name,
            service: item.sku.service,
            sku: item.sku.id,
            platform: item.sku.platform,
            unit: item.sku.unit,
            dmid: resource.dmid,
            usedate: Date(timeIntervalSince1970: TimeInterval(values.day * 86_400)),
            amount: Amount(minorUnits: values.amountMicros, decimals: 6),
            amountWithVAT: Amount(minorUnits: values.amountWithVATMicros, decimals: 6),
            cost: item.sku.rate,
            quantity: Amount(minorUnits: values.quantityMicros, decimals: 6),
            updatedAt: Date(timeIntervalSince1970: TimeInterval(values.updatedMillis) / 1000),
            isDeleted: values.isDeleted
        )
    }
}
