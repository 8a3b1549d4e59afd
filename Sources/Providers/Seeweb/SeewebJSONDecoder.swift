import CostCore

/// Decodes the `?type=json` answers of Seeweb's billing endpoints: bare arrays of rows.
///
/// Unknown fields are skipped. A missing required field, or a money or text value of the wrong
/// type, is a ``JSONError`` naming its path (`[3].summary.online_price`), as is anything that is
/// not strict JSON — the documented samples end with `},]`, which is refused. A value that
/// carries no money and cannot be read (a `year` of `2024.5`, hours of `"n/a"`) is described to
/// `warn` and left out (hours count as zero); the row is kept.
///
/// Required: `name` and `cost` in every row, and in a server row `summary` with
/// `online_hour`, `online_price`, `offline_hour`, `offline_price`, and `reserved_plan`,
/// `reserved_hour`, `reserved_price` in each `reserved_discounts` entry. Everything else may be
/// missing or null. Money (`cost`, `*_price`, `*_reduction`, `original_cost`) may arrive as
/// binary floats and is rounded to the cent (``SeewebMoney``); hours and percentages may carry
/// more than twelve decimals, which are rounded. A row may hold at most
/// ``SeewebServerMonth/maxReservedDiscounts`` reserved entries, so its sums cannot overflow.
public enum SeewebJSONDecoder {
    /// The rows of a servers answer; money rounded by more than float noise is described to `warn`.
    public static func servers(_ body: [UInt8], warn: (String) -> Void = { _ in }) throws(JSONError)
        -> [SeewebServerMonth]
    {
        try JSONReader.read(body) { reader throws(JSONError) in
            var rows: [SeewebServerMonth] = []
            try reader.readArray { _, reader throws(JSONError) in
                rows.append(try server(&reader, warn: warn))
            }
            return rows
        }
    }

    /// The rows of a templates answer; money rounded by more than float noise is described to `warn`.
    public static func templates(_ body: [UInt8], warn: (String) -> Void = { _ in }) throws(JSONError)
        -> [SeewebTemplateMonth]
    {
        try JSONReader.read(body) { reader throws(JSONError) in
            var rows: [SeewebTemplateMonth] = []
            try reader.readArray { _, reader throws(JSONError) in
                rows.append(try template(&reader, warn: warn))
            }
            return rows
        }
    }

    /// The summary fields of a server row, before they are known to be complete.
    private struct Summary {
        var onlineHours: Amount?
        var onlinePrice: Amount?
        var offlineHours: Amount?
        var offlineDiscount: Amount?
        var offlinePrice: Amount?
        var offlineReduction: Amount?
        var originalCost: Amount?
        var reserved: [SeewebReservedDiscount] = []
    }

    private static func server(_ reader: inout JSONReader, warn: (String) -> Void) throws(JSONError)
        -> SeewebServerMonth
    {
        var name: String?
        var cost: Amount?
        var summary: Summary?
        var row = SeewebServerMonth(name: "", cost: .zero)
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "name": name = try reader.readString()
            case "cost": cost = try reader.readSeewebMoney(warn: warn)
            case "plan": row.plan = try reader.readStringOrNull()
            case "group": row.group = try reader.readStringOrNull()
            case "notes": row.notes = try reader.readStringOrNull()
            case "status": row.status = try reader.readStringOrNull()
            case "year": row.year = try reader.readSeewebInteger(warn: warn)
            case "month": row.month = try reader.readSeewebInteger(warn: warn)
            case "creation_date": row.creationDate = try reader.readStringOrNull()
            case "deletion_date": row.deletionDate = try reader.readStringOrNull()
            case "billed_hours": row.billedHours = try reader.readSeewebQuantity(warn: warn)
            case "summary": summary = try readSummary(&reader, warn: warn)
            default: break
            }
        }
        guard let name else { throw reader.makeError("missing required field 'name'") }
        guard let cost else { throw reader.makeError("missing required field 'cost'") }
        guard let summary else { throw reader.makeError("missing required field 'summary'") }
        row.name = name
        row.cost = cost
        // Completeness of the summary was checked inside it, where the error path points.
        row.onlineHours = summary.onlineHours ?? .zero
        row.onlinePrice = summary.onlinePrice ?? .zero
        row.offlineHours = summary.offlineHours ?? .zero
        row.offlineDiscountPercent = summary.offlineDiscount
        row.offlinePrice = summary.offlinePrice ?? .zero
        row.offlineReduction = summary.offlineReduction
        row.originalCost = summary.originalCost
        row.reservedDiscounts = summary.reserved
        return row
    }

    private static func readSummary(_ reader: inout JSONReader, warn: (String) -> Void) throws(JSONError) -> Summary {
        var summary = Summary()
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "online_hour": summary.onlineHours = try reader.readSeewebQuantity(warn: warn) ?? .zero
            case "online_price": summary.onlinePrice = try reader.readSeewebMoney(warn: warn)
            case "offline_hour": summary.offlineHours = try reader.readSeewebQuantity(warn: warn) ?? .zero
            case "offline_discount": summary.offlineDiscount = try reader.readSeewebQuantity(warn: warn)
            case "offline_price": summary.offlinePrice = try reader.readSeewebMoney(warn: warn)
            case "offline_reduction": summary.offlineReduction = try reader.readSeewebMoneyOrNull(warn: warn)
            case "original_cost": summary.originalCost = try reader.readSeewebMoneyOrNull(warn: warn)
            case "reserved_discounts":
                if try reader.readNull() { return }
                try reader.readArray { _, reader throws(JSONError) in
                    guard summary.reserved.count < SeewebServerMonth.maxReservedDiscounts else {
                        throw reader.makeError(
                            "more than \(SeewebServerMonth.maxReservedDiscounts) reserved_discounts entries")
                    }
                    summary.reserved.append(try reserved(&reader, warn: warn))
                }
            default: break
            }
        }
        for (value, field) in [
            (summary.onlineHours, "online_hour"), (summary.onlinePrice, "online_price"),
            (summary.offlineHours, "offline_hour"), (summary.offlinePrice, "offline_price"),
        ] where value == nil {
            throw reader.makeError("missing required field '\(field)'")
        }
        return summary
    }

    private static func reserved(_ reader: inout JSONReader, warn: (String) -> Void) throws(JSONError)
        -> SeewebReservedDiscount
    {
        var plan: String?
        var hours: Amount?
        var price: Amount?
        var entry = SeewebReservedDiscount(plan: "", hours: .zero, price: .zero)
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "reserved_plan": plan = try reader.readScalarText()
            case "reserved_hour": hours = try reader.readSeewebQuantity(warn: warn) ?? .zero
            case "reserved_price": price = try reader.readSeewebMoney(warn: warn)
            case "reserved_discount": entry.discountPercent = try reader.readSeewebQuantity(warn: warn)
            case "reserved_reduction": entry.reduction = try reader.readSeewebMoneyOrNull(warn: warn)
            case "reserved_start_date": entry.startDate = try reader.readStringOrNull()
            case "reserved_end_date": entry.endDate = try reader.readStringOrNull()
            default: break
            }
        }
        guard let plan else { throw reader.makeError("missing required field 'reserved_plan'") }
        guard let hours else { throw reader.makeError("missing required field 'reserved_hour'") }
        guard let price else { throw reader.makeError("missing required field 'reserved_price'") }
        entry.plan = plan
        entry.hours = hours
        entry.price = price
        return entry
    }

    private static func template(_ reader: inout JSONReader, warn: (String) -> Void) throws(JSONError)
        -> SeewebTemplateMonth
    {
        var name: String?
        var cost: Amount?
        var row = SeewebTemplateMonth(name: "", cost: .zero)
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "name": name = try reader.readString()
            case "cost": cost = try reader.readSeewebMoney(warn: warn)
            case "status": row.status = try reader.readStringOrNull()
            case "creation_date": row.creationDate = try reader.readStringOrNull()
            case "deletion_date": row.deletionDate = try reader.readStringOrNull()
            case "notes": row.notes = try reader.readStringOrNull()
            case "year": row.year = try reader.readSeewebInteger(warn: warn)
            case "month": row.month = try reader.readSeewebInteger(warn: warn)
            default: break
            }
        }
        guard let name else { throw reader.makeError("missing required field 'name'") }
        guard let cost else { throw reader.makeError("missing required field 'cost'") }
        row.name = name
        row.cost = cost
        return row
    }
}
