import CostCore

/// Appends decoded Seeweb rows to a ``SpendStore`` (see ``SeewebClient`` for the mapping and
/// the `native` keys).
struct SeewebRecordBuilder {
    let account: String
    let currency: Currency
    let month: SeewebBillingMonth

    /// One record per non-zero part of the server's month, plus a `rounding` record when the
    /// parts do not add up to `cost` (a `month` record of the whole cost when no part was sent).
    func append(_ row: SeewebServerMonth, to store: inout SpendStore) {
        var shared: [String: String] = ["year": String(month.year), "month": String(month.month)]
        shared["cost"] = row.cost.description
        shared["status"] = row.status
        shared["creation_date"] = row.creationDate
        shared["deletion_date"] = row.deletionDate
        shared["billed_hours"] = row.billedHours?.description
        shared["original_cost"] = row.originalCost?.description
        shared["offline_discount"] = row.offlineDiscountPercent?.description
        shared["offline_reduction"] = row.offlineReduction?.description

        var added = 0
        func add(metric: String, part: String, amount: Amount, hours: Amount?, extra: [String: String] = [:]) {
            var native = shared.merging(extra) { _, new in new }
            native["part"] = part
            let code = store.seriesCode(
                provider: .seeweb, account: account, project: row.group.map { EntityRef(id: $0) },
                object: ObjectRef(id: row.name, name: row.notes.flatMap { $0.isEmpty ? nil : $0 }, type: "server"),
                metric: EntityRef(id: metric), service: row.plan, unit: hours == nil ? nil : "h", currency: currency,
                native: native)
            append(code, amount: amount, quantity: hours, to: &store)
            added += 1
        }

        if !row.onlineHours.isZero || !row.onlinePrice.isZero {
            add(metric: "online", part: "online", amount: row.onlinePrice, hours: row.onlineHours)
        }
        if !row.offlineHours.isZero || !row.offlinePrice.isZero {
            add(metric: "offline", part: "offline", amount: row.offlinePrice, hours: row.offlineHours)
        }
        for reserved in row.reservedDiscounts where !reserved.hours.isZero || !reserved.price.isZero {
            var extra = ["reserved_plan": reserved.plan]
            extra["reserved_discount"] = reserved.discountPercent?.description
            extra["reserved_reduction"] = reserved.reduction?.description
            extra["reserved_start_date"] = reserved.startDate
            extra["reserved_end_date"] = reserved.endDate
            add(
                metric: "reserved \(reserved.plan)", part: "reserved", amount: reserved.price, hours: reserved.hours,
                extra: extra)
        }
        let difference = row.roundingDifference
        if added == 0 && row.reservedDiscounts.isEmpty && !difference.isZero {
            add(metric: "month", part: "month", amount: difference, hours: row.billedHours)
        } else if !difference.isZero {
            add(metric: "rounding", part: "rounding", amount: difference, hours: nil)
        }
    }

    /// One record for the template's month.
    func append(_ row: SeewebTemplateMonth, to store: inout SpendStore) {
        var native: [String: String] = ["year": String(month.year), "month": String(month.month), "part": "template"]
        native["status"] = row.status
        native["creation_date"] = row.creationDate
        native["deletion_date"] = row.deletionDate
        let code = store.seriesCode(
            provider: .seeweb, account: account,
            object: ObjectRef(id: row.name, name: row.notes.flatMap { $0.isEmpty ? nil : $0 }, type: "template"),
            metric: EntityRef(id: "template"), service: "template", currency: currency, native: native)
        append(code, amount: row.cost, quantity: nil, to: &store)
    }

    /// One record of series `code` over the month.
    private func append(_ code: UInt32, amount: Amount, quantity: Amount?, to store: inout SpendStore) {
        store.append(
            series: code, period: month.period, amount: amount, quantity: quantity)
    }
}
