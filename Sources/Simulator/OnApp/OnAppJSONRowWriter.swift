/// Renders rows as the JSON answer: an array of root-wrapped objects,
/// `[{"vm_hourly_stat":{…}},…]`, with decimal numbers for money and `null` for a missing
/// server or label. The user-level row has no `billing_stats`. ``OnAppServedShape`` says what
/// the variations change.
struct OnAppJSONRowWriter: Sendable {
    /// The user every row belongs to.
    let userID: Int
    /// The currency of every row (unless the shape changes it).
    let currencyCode: String
    /// The shapes the variations ask for.
    var shape = OnAppServedShape(variations: [])

    /// Appends one element (without a separating comma).
    func write(_ row: OnAppHourlyRow, to writer: inout JSONWriter) {
        writer.raw("{")
        writer.string(shape.rootKey(of: row))
        writer.raw(":{\"created_at\":\"")
        OnAppWireText.appendTimestamp(row.createdSecond, milliseconds: true, to: &writer.bytes)
        writer.raw("\",\"currency_code\":")
        writer.string(shape.currencyCode(of: row, base: currencyCode))
        writer.raw(",\"id\":0,\"stat_time\":\"")
        OnAppWireText.appendTimestamp(row.statSecond, milliseconds: true, to: &writer.bytes)
        writer.raw("\",\"updated_at\":\"")
        OnAppWireText.appendTimestamp(row.createdSecond, milliseconds: true, to: &writer.bytes)
        writer.raw("\",\"user_id\":")
        writer.integer(Int64(userID))
        writer.raw(",\"virtual_machine_id\":")
        if let machine = row.virtualMachineID {
            writer.integer(Int64(machine))
        } else {
            writer.raw("null")
        }
        writer.raw(",\"vm_billing_stat_id\":0")
        if shape.looseRows {
            writer.raw(",")
            writer.string(OnAppServedShape.unknownFieldName)
            writer.raw(":")
            writer.string(OnAppServedShape.unknownFieldValue)
        }
        let items = shape.servedItems(of: row)
        switch shape.statsForm(of: row) {
        case .object where !items.isEmpty:
            writer.raw(",\"billing_stats\":{")
            writeBreakdown(items, to: &writer)
            writer.raw("}")
        case .object:
            break
        case .arrayOfGroups:
            writer.raw(",\"billing_stats\":[")
            writeBreakdown(items, to: &writer, eachGroupWrapped: true)
            writer.raw("]")
        case .arrayOfItems:
            writer.raw(",\"billing_stats\":[")
            for (index, item) in items.enumerated() {
                if index > 0 { writer.raw(",") }
                writer.raw("{")
                writer.string(item.group.xmlItemName)
                writer.raw(":")
                writeItem(item, to: &writer)
                writer.raw("}")
            }
            writer.raw("]")
        }
        writer.raw(",\"total_cost\":")
        OnAppWireText.appendMicros(row.totalMicros, to: &writer.bytes)
        writer.raw(",\"usage_cost\":")
        OnAppWireText.appendMicros(row.usageMicros, to: &writer.bytes)
        writer.raw("}}")
    }

    /// Writes the groups as members of one object, or each in an object of its own.
    private func writeBreakdown(
        _ items: [OnAppHourlyRow.Item], to writer: inout JSONWriter, eachGroupWrapped: Bool = false
    ) {
        var firstGroup = true
        for group in OnAppResource.Group.allCases {
            let members = items.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            if !firstGroup { writer.raw(",") }
            firstGroup = false
            if eachGroupWrapped { writer.raw("{") }
            writer.string(group.rawValue)
            writer.raw(":[")
            for (index, item) in members.enumerated() {
                if index > 0 { writer.raw(",") }
                writeItem(item, to: &writer)
            }
            writer.raw("]")
            if eachGroupWrapped { writer.raw("}") }
        }
    }

    private func writeItem(_ item: OnAppHourlyRow.Item, to writer: inout JSONWriter) {
        writer.raw("{\"id\":")
        writer.integer(Int64(item.id))
        writer.raw(",\"label\":")
        writer.optionalString(item.label)
        writer.raw(",\"costs\":[")
        for (costIndex, cost) in item.costs.enumerated() {
            if costIndex > 0 { writer.raw(",") }
            writer.raw("{\"value\":")
            if shape.sendsOddValue(cost) {
                writer.string(OnAppServedShape.oddValue)
            } else {
                writer.integer(cost.value)
            }
            writer.raw(",\"cost\":")
            OnAppWireText.appendMicros(cost.micros, to: &writer.bytes)
            writer.raw(",\"resource_name\":")
            writer.string(cost.resourceName)
            if let resourceID = cost.resourceID {
                writer.raw(",\"resource_id\":")
                writer.integer(Int64(resourceID))
            }
            writer.raw("}")
        }
        writer.raw("]}")
    }
}
