/// Renders rows as the XML answer, in the shape of Rails' `to_xml` (underscored names, two
/// spaces of indentation): `<vm_stats type="array">` holding one `<vm_hourly_stat>` per row,
/// typed leaves (`type="integer"`, `type="datetime"`, `type="decimal"` for the row totals,
/// `type="float"` for breakdown costs as OnApp's own examples show), `nil="true"` for a missing
/// server or label, and `type="array"` on the breakdown groups and `costs`.
/// ``OnAppServedShape`` says what the variations change.
struct OnAppXMLRowWriter: Sendable {
    /// The XML declaration Rails puts first.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    /// The root element.
    static let rootName = "vm_stats"
    /// The user every row belongs to.
    let userID: Int
    /// The currency of every row (unless the shape changes it).
    let currencyCode: String
    /// The shapes the variations ask for.
    var shape = OnAppServedShape(variations: [])

    /// Appends one `<vm_hourly_stat>` element, indented one level.
    func write(_ row: OnAppHourlyRow, to writer: inout JSONWriter) {
        let rowName = shape.rootKey(of: row)
        writer.raw("  <\(rowName)>\n")
        timestamp("created_at", row.createdSecond, to: &writer)
        leaf("currency_code", Self.escape(shape.currencyCode(of: row, base: currencyCode)), depth: 2, to: &writer)
        leaf("id", "0", type: "integer", depth: 2, to: &writer)
        timestamp("stat_time", row.statSecond, to: &writer)
        timestamp("updated_at", row.createdSecond, to: &writer)
        leaf("user_id", String(userID), type: "integer", depth: 2, to: &writer)
        if let machine = row.virtualMachineID {
            leaf("virtual_machine_id", String(machine), type: "integer", depth: 2, to: &writer)
        } else {
            nilLeaf("virtual_machine_id", depth: 2, to: &writer)
        }
        leaf("vm_billing_stat_id", "0", type: "integer", depth: 2, to: &writer)
        if shape.looseRows {
            leaf(
                OnAppServedShape.unknownFieldName, Self.escape(OnAppServedShape.unknownFieldValue), depth: 2,
                to: &writer)
        }
        let items = shape.servedItems(of: row)
        switch shape.statsForm(of: row) {
        case .object where !items.isEmpty:
            writer.raw("    <billing_stats>\n")
            writeBreakdown(items, depth: 3, to: &writer)
            writer.raw("    </billing_stats>\n")
        case .object:
            break
        case _ where items.isEmpty:
            writer.raw("    <billing_stats type=\"array\"/>\n")
        case .arrayOfGroups:
            writer.raw("    <billing_stats type=\"array\">\n")
            for group in OnAppResource.Group.allCases where items.contains(where: { $0.group == group }) {
                writer.raw("      <billing_stat>\n")
                writeBreakdown(items.filter { $0.group == group }, depth: 4, to: &writer)
                writer.raw("      </billing_stat>\n")
            }
            writer.raw("    </billing_stats>\n")
        case .arrayOfItems:
            writer.raw("    <billing_stats type=\"array\">\n")
            for item in items {
                writeItem(item, depth: 3, to: &writer)
            }
            writer.raw("    </billing_stats>\n")
        }
        leaf("total_cost", Self.micros(row.totalMicros), type: "decimal", depth: 2, to: &writer)
        leaf("usage_cost", Self.micros(row.usageMicros), type: "decimal", depth: 2, to: &writer)
        writer.raw("  </\(rowName)>\n")
    }

    /// `text` with the five XML special characters escaped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Writes each group of `items` as `<disks type="array">`, indented `depth` levels.
    private func writeBreakdown(_ items: [OnAppHourlyRow.Item], depth: Int, to writer: inout JSONWriter) {
        let indent = String(repeating: "  ", count: depth)
        for group in OnAppResource.Group.allCases {
            let members = items.filter { $0.group == group }
            guard !members.isEmpty else { continue }
            writer.raw(indent + "<\(group.rawValue) type=\"array\">\n")
            for item in members {
                writeItem(item, depth: depth + 1, to: &writer)
            }
            writer.raw(indent + "</\(group.rawValue)>\n")
        }
    }

    /// Writes one item as `<disk>`, indented `depth` levels.
    private func writeItem(_ item: OnAppHourlyRow.Item, depth: Int, to writer: inout JSONWriter) {
        let indent = String(repeating: "  ", count: depth)
        writer.raw(indent + "<\(item.group.xmlItemName)>\n")
        leaf("id", String(item.id), type: "integer", depth: depth + 1, to: &writer)
        if let label = item.label {
            leaf("label", Self.escape(label), depth: depth + 1, to: &writer)
        } else {
            nilLeaf("label", depth: depth + 1, to: &writer)
        }
        writer.raw(indent + "  <costs type=\"array\">\n")
        for cost in item.costs {
            writer.raw(indent + "    <cost>\n")
            if shape.sendsOddValue(cost) {
                leaf("value", OnAppServedShape.oddValue, depth: depth + 3, to: &writer)
            } else {
                leaf("value", String(cost.value), type: "integer", depth: depth + 3, to: &writer)
            }
            leaf("cost", Self.micros(cost.micros), type: "float", depth: depth + 3, to: &writer)
            leaf("resource_name", Self.escape(cost.resourceName), depth: depth + 3, to: &writer)
            if let resourceID = cost.resourceID {
                leaf("resource_id", String(resourceID), type: "integer", depth: depth + 3, to: &writer)
            }
            writer.raw(indent + "    </cost>\n")
        }
        writer.raw(indent + "  </costs>\n")
        writer.raw(indent + "</\(item.group.xmlItemName)>\n")
    }

    private func timestamp(_ name: String, _ second: Int64, to writer: inout JSONWriter) {
        writer.raw("    <\(name) type=\"datetime\">")
        OnAppWireText.appendTimestamp(second, milliseconds: false, to: &writer.bytes)
        writer.raw("</\(name)>\n")
    }

    private func leaf(_ name: String, _ text: String, type: String? = nil, depth: Int, to writer: inout JSONWriter) {
        writer.raw(String(repeating: "  ", count: depth))
        writer.raw(type.map { "<\(name) type=\"\($0)\">" } ?? "<\(name)>")
        writer.raw(text)
        writer.raw("</\(name)>\n")
    }

    private func nilLeaf(_ name: String, depth: Int, to writer: inout JSONWriter) {
        writer.raw(String(repeating: "  ", count: depth) + "<\(name) nil=\"true\"/>\n")
    }

    private static func micros(_ value: Int64) -> String {
        var bytes: [UInt8] = []
        OnAppWireText.appendMicros(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
