import CostCore
import Foundation

/// Decodes the JSON answer of `GET /users/{id}/vm_stats.json` with ``JSONReader``.
///
/// The answer is an array of root-wrapped rows, Rails style: each element is an object with a
/// single key whose value is the row. The key differs between OnApp versions
/// (`vm_hourly_stat`, `vm_stats`, `vm_stat`), so any one key is accepted; an element with no
/// key or a second key is an error. Unknown fields are skipped.
///
/// Required: `stat_time` (a timestamp), `currency_code` (a string) and `total_cost` in every
/// row; `id` in every breakdown item; `cost` and `resource_name` in every cost entry. Money is
/// read exactly (a JSON number or a string holding one); `null` is accepted wherever a value is
/// optional (`virtual_machine_id`, `label`, `usage_cost`, `vm_resources_cost`, `billing_stats`,
/// a group, `costs`, `value`, `resource_id`). Errors are ``JSONError``s naming the path, e.g.
/// `[12].vm_hourly_stat.billing_stats.disks[0].costs[3].cost`.
public enum OnAppJSONDecoding {
    /// The rows of `body`, in answer order.
    public static func decode(_ body: [UInt8]) throws(JSONError) -> [OnAppHourlyStat] {
        try JSONReader.read(body) { reader throws(JSONError) in
            var rows: [OnAppHourlyStat] = []
            try reader.readArray { _, reader throws(JSONError) in
                var row: OnAppHourlyStat?
                try reader.readObject { key, reader throws(JSONError) in
                    guard row == nil else {
                        throw reader.makeError(
                            "expected one root key per element (such as \"vm_hourly_stat\"), found a second one")
                    }
                    row = try readRow(&reader, rootKey: key.stringValue)
                }
                guard let row else {
                    throw reader.makeError("expected a root-wrapped row such as {\"vm_hourly_stat\": {...}}, found {}")
                }
                rows.append(row)
            }
            return rows
        }
    }

    /// Reads the row object the reader is at.
    private static func readRow(_ reader: inout JSONReader, rootKey: String) throws(JSONError) -> OnAppHourlyStat {
        var statTime: Date?
        var currencyCode: String?
        var totalCost: Amount?
        var row = OnAppHourlyStat(
            rootKey: rootKey, statTime: Date(timeIntervalSince1970: 0), currencyCode: "", totalCost: .zero)
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "stat_time": statTime = try readTimestamp(&reader)
            case "currency_code": currencyCode = try reader.readStringOrNull()
            case "total_cost": totalCost = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "usage_cost": row.usageCost = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "vm_resources_cost": row.vmResourcesCost = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "user_id": row.userID = try readIdentifier(&reader)
            case "virtual_machine_id": row.virtualMachineID = try readIdentifier(&reader)
            case "billing_stats": row.billingStats = try readBillingStats(&reader)
            default: break
            }
        }
        guard let statTime else { throw reader.makeError("missing required field 'stat_time'") }
        guard let currencyCode else { throw reader.makeError("missing required field 'currency_code'") }
        guard let totalCost else { throw reader.makeError("missing required field 'total_cost'") }
        row.statTime = statTime
        row.currencyCode = currencyCode
        row.totalCost = totalCost
        return row
    }

    /// Reads `billing_stats`: an object of arrays, or null.
    private static func readBillingStats(_ reader: inout JSONReader) throws(JSONError) -> [OnAppBillingGroup] {
        guard try !reader.readNull() else { return [] }
        var groups: [OnAppBillingGroup] = []
        try reader.readObject { key, reader throws(JSONError) in
            guard try !reader.readNull() else { return }
            var items: [OnAppBillingItem] = []
            try reader.readArray { _, reader throws(JSONError) in
                items.append(try readItem(&reader))
            }
            groups.append(OnAppBillingGroup(name: key.stringValue, items: items))
        }
        return groups
    }

    /// Reads one breakdown item `{"id", "label", "costs"}`.
    private static func readItem(_ reader: inout JSONReader) throws(JSONError) -> OnAppBillingItem {
        var id: String?
        var label: String?
        var costs: [OnAppResourceCost] = []
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "id": id = try readIdentifier(&reader)
            case "label": label = try reader.readStringOrNull()
            case "costs":
                guard try !reader.readNull() else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    costs.append(try readCost(&reader))
                }
            default: break
            }
        }
        guard let id else { throw reader.makeError("missing required field 'id'") }
        return OnAppBillingItem(id: id, label: label, costs: costs)
    }

    /// Reads one cost entry `{"value", "cost", "resource_name", "resource_id"?}`.
    private static func readCost(_ reader: inout JSONReader) throws(JSONError) -> OnAppResourceCost {
        var resourceName: String?
        var value: Amount?
        var cost: Amount?
        var resourceID: String?
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "resource_name": resourceName = try reader.readString()
            case "value": value = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "cost": cost = try reader.readAmount(roundingExcessDigits: true)
            case "resource_id": resourceID = try readIdentifier(&reader)
            default: break
            }
        }
        guard let resourceName else { throw reader.makeError("missing required field 'resource_name'") }
        guard let cost else { throw reader.makeError("missing required field 'cost'") }
        return OnAppResourceCost(resourceName: resourceName, value: value, cost: cost, resourceID: resourceID)
    }

    /// Reads an id sent as a number or a string, or null as nil.
    private static func readIdentifier(_ reader: inout JSONReader) throws(JSONError) -> String? {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return nil
        case .number, .string:
            return try reader.readScalarText()
        default:
            throw reader.makeError("expected an id (a number or a string) or null")
        }
    }

    /// Reads a timestamp string (see ``OnAppTimestamp``).
    private static func readTimestamp(_ reader: inout JSONReader) throws(JSONError) -> Date? {
        let start = reader.offset
        guard let text = try reader.readStringOrNull() else { return nil }
        guard let date = OnAppTimestamp.parse(text) else {
            throw reader.makeError("expected a timestamp such as 2026-03-01T10:00:00Z", at: start)
        }
        return date
    }
}
