/// Renders rows as the JSON answer: an array of root-wrapped objects,
/// `[{"vm_hourly_stat":{…}},…]`, with decimal numbers for money and `null` for a missing
/// server or label. The user-level row has no `billing_stats`.
struct OnAppJSONRowWriter: Sendable {
    /// The root key of every element.
    static let rootKey = "vm_hourly_stat"

    /// The user every row belongs to.
    let userID: Int
    /// The currency of every row.
    let currencyCode: String

    /// Appends one element (without a separating comma).
    func write(_ row: OnAppHourlyRow, to writer: inout JSONWriter) {
        writer.raw("{\"\(Self.rootKey)\":{\"created_at\":\"")
        OnAppWireText.appendTimestamp(row.createdSecond, milliseconds: true, to: &writer.bytes)
        writer.raw("\",\"currency_code\":")
        writer.string(currencyCode)
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
        if !row.items.isEmpty {
            writer.raw(",\"billing_stats\":{")
            writeBreakdown(row.items, to: &writer)
            writer.raw("}")
        }
        writer.raw(",\"total_cost\":")
        OnAppWireText.appendMicros(row.totalMicros, to: &writer.bytes)
        writer.raw(",\"usage_cost\":")
        OnAppWireText.appendMicros(row.usageMicros, to: &writer.bytes)
        writer.raw("}}")
    }

    private func writeBreakdown(_ items: [OnAppHourlyRow.Item], to writer: inout JSONWriter) {
        var firstGroup = true
        for group in OnAppResource.Group.allCases {
            let members = items.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            if !firstGroup { writer.raw(",") }
            firstGroup = false
            writer.string(group.rawValue)
            writer.raw(":[")
            for (index, item) in members.enumerated() {
                if index > 0 { writer.raw(",") }
                writer.raw("{\"id\":")
                writer.integer(Int64(item.id))
                writer.raw(",\"label\":")
                writer.optionalString(item.label)
                writer.raw(",\"costs\":[")
                for (costIndex, cost) in item.costs.enumerated() {
                    if costIndex > 0 { writer.raw(",") }
                    writer.raw("{\"value\":")
                    writer.integer(cost.value)
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
            writer.raw("]")
        }
    }
}
