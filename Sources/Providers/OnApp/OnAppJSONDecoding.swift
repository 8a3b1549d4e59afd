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
///
/// `billing_stats` comes as an object of lists (`{"disks": [...], ...}`, what panels send) or,
/// as the API reference words it, an array of billing details: `[]`, elements holding lists
/// (`[{"disks": [...]}, ...]`) or root-wrapped items (`[{"disk": {...}}, ...]`, grouped as
/// `disks`). Items of the same group are merged, so every shape gives the same rows.
///
/// Fields that carry no money are read leniently into ``OnAppFieldWarnings``: an unknown row
/// field, a `value` that is not a number, an id, label or group that is not what it should be.
public enum OnAppJSONDecoding {
    /// The rows of `body`, in answer order; lenient reads are not reported.
    public static func decode(_ body: [UInt8]) throws(JSONError) -> [OnAppHourlyStat] {
        var warnings = OnAppFieldWarnings()
        return try decode(body, warnings: &warnings)
    }

    /// The rows of `body`, in answer order, adding what was read leniently to `warnings`.
    public static func decode(_ body: [UInt8], warnings: inout OnAppFieldWarnings) throws(JSONError)
        -> [OnAppHourlyStat]
    {
        try JSONReader.read(body) { reader throws(JSONError) in
            var rows: [OnAppHourlyStat] = []
            try reader.readArray { _, reader throws(JSONError) in
                var row: OnAppHourlyStat?
                try reader.readObject { key, reader throws(JSONError) in
                    guard row == nil else {
                        throw reader.makeError(
                            "expected one root key per element (such as \"vm_hourly_stat\"), found a second one")
                    }
                    row = try readRow(&reader, rootKey: key.stringValue, warnings: &warnings)
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
    private static func readRow(
        _ reader: inout JSONReader, rootKey: String, warnings: inout OnAppFieldWarnings
    ) throws(JSONError) -> OnAppHourlyStat {
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
            case "user_id": row.userID = try readIdentifier(&reader, field: "user_id", warnings: &warnings)
            case "virtual_machine_id":
                row.virtualMachineID = try readIdentifier(&reader, field: "virtual_machine_id", warnings: &warnings)
            case "billing_stats": row.billingStats = try readBillingStats(&reader, warnings: &warnings)
            default: warnings.unknownRowField(key.stringValue, value: try describeValue(&reader))
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

    /// Reads `billing_stats`: an object of lists, an array of billing details, or null.
    private static func readBillingStats(_ reader: inout JSONReader, warnings: inout OnAppFieldWarnings)
        throws(JSONError) -> [OnAppBillingGroup]
    {
        var groups = OnAppBillingGroups()
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
        case .array:
            warnings.sawArrayStats = true
            try reader.readArray { _, reader throws(JSONError) in
                try readDetail(&reader, into: &groups, warnings: &warnings)
            }
        default:
            try readGroups(&reader, into: &groups, warnings: &warnings)
        }
        return groups.groups
    }

    /// Reads an object whose members are groups (`"disks": [...]`).
    private static func readGroups(
        _ reader: inout JSONReader, into groups: inout OnAppBillingGroups, warnings: inout OnAppFieldWarnings
    ) throws(JSONError) {
        try reader.readObject { key, reader throws(JSONError) in
            let name = key.stringValue
            switch reader.peekKind() {
            case .null:
                _ = try reader.readNull()
            case .array:
                groups.add(name, [])
                try reader.readArray { _, reader throws(JSONError) in
                    groups.add(name, [try readItem(&reader, warnings: &warnings)])
                }
            default:
                warnings.oddValue(
                    field: "billing_stats.\(name)", value: try describeValue(&reader), expected: "a list of items")
            }
        }
    }

    /// Reads one element of `billing_stats` sent as an array: lists by group, root-wrapped
    /// items, or a bare item (`{"id", "label", "costs"}`), which is listed in the group
    /// `billing_stats` as the XML element `<billing_stat>` holding one would be.
    private static func readDetail(
        _ reader: inout JSONReader, into groups: inout OnAppBillingGroups, warnings: inout OnAppFieldWarnings
    ) throws(JSONError) {
        guard reader.peekKind() == .object else {
            warnings.oddValue(
                field: "billing_stats[]", value: try describeValue(&reader), expected: "an object of billing details")
            return
        }
        var bare = BareItem()
        try reader.readObject { key, reader throws(JSONError) in
            let name = key.stringValue
            switch (name, reader.peekKind()) {
            case ("id", _), ("label", _), ("costs", _):
                try bare.read(name, &reader, warnings: &warnings)
            case (_, .null):
                _ = try reader.readNull()
            case (_, .array):
                groups.add(name, [])
                try reader.readArray { _, reader throws(JSONError) in
                    groups.add(name, [try readItem(&reader, warnings: &warnings)])
                }
            case (_, .object):
                groups.add(OnAppBillingGroup.groupName(ofItem: name), [try readItem(&reader, warnings: &warnings)])
            default:
                warnings.oddValue(
                    field: "billing_stats[].\(name)", value: try describeValue(&reader), expected: "a list of items")
            }
        }
        guard bare.seen else { return }
        guard let id = bare.id else { throw reader.makeError("missing required field 'id'") }
        groups.add(
            OnAppBillingGroup.groupName(ofItem: "billing_stat"),
            [OnAppBillingItem(id: id, label: bare.label, costs: bare.costs)])
    }

    /// The fields of a breakdown item met directly in an element of `billing_stats`.
    private struct BareItem {
        var seen = false
        var id: String?
        var label: String?
        var costs: [OnAppResourceCost] = []

        mutating func read(_ key: String, _ reader: inout JSONReader, warnings: inout OnAppFieldWarnings)
            throws(JSONError)
        {
            seen = true
            switch key {
            case "id":
                id = try OnAppJSONDecoding.readIdentifier(&reader, field: "billing_stats item id", warnings: &warnings)
            case "label": label = try OnAppJSONDecoding.readLabel(&reader, warnings: &warnings)
            default:
                guard try !reader.readNull() else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    costs.append(try OnAppJSONDecoding.readCost(&reader, warnings: &warnings))
                }
            }
        }
    }

    /// Reads one breakdown item `{"id", "label", "costs"}`.
    private static func readItem(_ reader: inout JSONReader, warnings: inout OnAppFieldWarnings) throws(JSONError)
        -> OnAppBillingItem
    {
        var id: String?
        var label: String?
        var costs: [OnAppResourceCost] = []
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "id": id = try readIdentifier(&reader, field: "billing_stats item id", warnings: &warnings)
            case "label": label = try readLabel(&reader, warnings: &warnings)
            case "costs":
                guard try !reader.readNull() else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    costs.append(try readCost(&reader, warnings: &warnings))
                }
            default: break
            }
        }
        guard let id else { throw reader.makeError("missing required field 'id'") }
        return OnAppBillingItem(id: id, label: label, costs: costs)
    }

    /// Reads an item's `label`: text (a number or boolean as written), or null as nil;
    /// anything else is skipped with a warning.
    private static func readLabel(_ reader: inout JSONReader, warnings: inout OnAppFieldWarnings) throws(JSONError)
        -> String?
    {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return nil
        case .string, .number, .bool:
            return try reader.readScalarText()
        default:
            warnings.oddValue(field: "billing_stats item label", value: try describeValue(&reader), expected: "text")
            return nil
        }
    }

    /// Reads one cost entry `{"value", "cost", "resource_name", "resource_id"?}`.
    private static func readCost(_ reader: inout JSONReader, warnings: inout OnAppFieldWarnings) throws(JSONError)
        -> OnAppResourceCost
    {
        var resourceName: String?
        var value: Amount?
        var cost: Amount?
        var resourceID: String?
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "resource_name": resourceName = try reader.readString()
            case "value": value = try readQuantity(&reader, warnings: &warnings)
            case "cost": cost = try reader.readAmount(roundingExcessDigits: true)
            case "resource_id":
                resourceID = try readIdentifier(&reader, field: "billing_stats cost resource_id", warnings: &warnings)
            default: break
            }
        }
        guard let resourceName else { throw reader.makeError("missing required field 'resource_name'") }
        guard let cost else { throw reader.makeError("missing required field 'cost'") }
        return OnAppResourceCost(resourceName: resourceName, value: value, cost: cost, resourceID: resourceID)
    }

    /// Reads an id sent as a number or a string, or null as nil; anything else is skipped
    /// with a warning about `field`.
    private static func readIdentifier(_ reader: inout JSONReader, field: String, warnings: inout OnAppFieldWarnings)
        throws(JSONError) -> String?
    {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return nil
        case .number, .string:
            return try reader.readScalarText()
        default:
            warnings.oddValue(field: field, value: try describeValue(&reader), expected: "an id")
            return nil
        }
    }

    /// Reads a cost entry's `value` (a quantity, not money): a number or a string holding
    /// one; anything else is skipped with a warning.
    private static func readQuantity(_ reader: inout JSONReader, warnings: inout OnAppFieldWarnings)
        throws(JSONError) -> Amount?
    {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return nil
        case .number:
            return try reader.readAmount(roundingExcessDigits: true)
        case .string:
            let text = try reader.readString()
            if let amount = Amount(roundingExcessDigits: text.trimmingCharacters(in: .whitespaces)) { return amount }
            warnings.oddValue(field: "billing_stats cost value", value: ServerText.quote(text), expected: "a number")
            return nil
        default:
            warnings.oddValue(
                field: "billing_stats cost value", value: try describeValue(&reader), expected: "a number")
            return nil
        }
    }

    /// Reads any value and describes it for a warning: a scalar quoted, a container by kind.
    private static func describeValue(_ reader: inout JSONReader) throws(JSONError) -> String {
        switch reader.peekKind() {
        case .string, .number, .bool: return ServerText.quote(try reader.readScalarText())
        case .null:
            _ = try reader.readNull()
            return "null"
        case .object:
            try reader.skipValue()
            return "an object"
        default:
            try reader.skipValue()
            return "a list"
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
