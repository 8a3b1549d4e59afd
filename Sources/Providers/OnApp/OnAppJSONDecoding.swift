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
        var collector = OnAppRowCollector()
        try read(body, into: &collector, warnings: &warnings)
        return collector.rows
    }

    /// Reads `body`, handing each row to `sink` as it is read (names as codes into the sink's
    /// table); the rules are ``decode(_:warnings:)``'s.
    static func read<Sink: OnAppRowSink>(_ body: [UInt8], into sink: inout Sink, warnings: inout OnAppFieldWarnings)
        throws(JSONError)
    {
        try JSONReader.read(body) { reader throws(JSONError) in
            var fields = OnAppRowFields()
            var index = 0
            try reader.readArray { _, reader throws(JSONError) in
                var sawRow = false
                try reader.readObject { key, reader throws(JSONError) in
                    guard !sawRow else {
                        throw reader.makeError(
                            "expected one root key per element (such as \"vm_hourly_stat\"), found a second one")
                    }
                    sawRow = true
                    fields.reset()
                    fields.rootKey = sink.names.code(key)
                    try readRow(&reader, into: &fields, names: &sink.names, warnings: &warnings)
                }
                guard sawRow else {
                    throw reader.makeError("expected a root-wrapped row such as {\"vm_hourly_stat\": {...}}, found {}")
                }
                sink.take(fields, index: index)
                index += 1
            }
        }
    }

    /// Reads the row object the reader is at.
    private static func readRow(
        _ reader: inout JSONReader, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings
    ) throws(JSONError) {
        var statTime: Date?
        var totalCost: Amount?
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "stat_time": statTime = try readTimestamp(&reader)
            case "currency_code": row.currencyCode = try reader.readNameCodeOrNull(&names)
            case "total_cost": totalCost = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "usage_cost": row.usageCost = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "vm_resources_cost": row.vmResourcesCost = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "user_id":
                row.userID = try readIdentifier(&reader, field: "user_id", names: &names, warnings: &warnings)
            case "virtual_machine_id":
                row.virtualMachineID = try readIdentifier(
                    &reader, field: "virtual_machine_id", names: &names, warnings: &warnings)
            case "billing_stats": try readBillingStats(&reader, into: &row, names: &names, warnings: &warnings)
            default:
                var described = false
                try warnings.unknownRowField(key.stringValue) { () throws(JSONError) in
                    described = true
                    return try describeValue(&reader)
                }
                if !described { try reader.skipValue() }
            }
        }
        guard let statTime else { throw reader.makeError("missing required field 'stat_time'") }
        guard row.currencyCode >= 0 else { throw reader.makeError("missing required field 'currency_code'") }
        guard let totalCost else { throw reader.makeError("missing required field 'total_cost'") }
        row.statTime = statTime
        row.totalCost = totalCost
    }

    /// Reads `billing_stats`: an object of lists, an array of billing details, or null.
    private static func readBillingStats(
        _ reader: inout JSONReader, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings
    ) throws(JSONError) {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
        case .array:
            warnings.sawArrayStats = true
            try reader.readArray { _, reader throws(JSONError) in
                try readDetail(&reader, into: &row, names: &names, warnings: &warnings)
            }
        default:
            try reader.readObject { key, reader throws(JSONError) in
                let name = names.code(key)
                switch reader.peekKind() {
                case .null:
                    _ = try reader.readNull()
                case .array:
                    row.group(name)
                    try reader.readArray { _, reader throws(JSONError) in
                        try readItem(&reader, group: name, into: &row, names: &names, warnings: &warnings)
                    }
                default:
                    warnings.oddValue(
                        field: "billing_stats.\(key.stringValue)", value: try describeValue(&reader),
                        expected: "a list of items")
                }
            }
        }
    }

    /// Reads one element of `billing_stats` sent as an array: lists by group, root-wrapped
    /// items, or a bare item (`{"id", "label", "costs"}`), which is listed in the group
    /// `billing_stats` as the XML element `<billing_stat>` holding one would be.
    private static func readDetail(
        _ reader: inout JSONReader, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings
    ) throws(JSONError) {
        guard reader.peekKind() == .object else {
            warnings.oddValue(
                field: "billing_stats[]", value: try describeValue(&reader), expected: "an object of billing details")
            return
        }
        // A bare item's fields may sit between other groups' items, so its costs are held
        // apart until the element ends.
        var bare = (seen: false, id: Int32(-1), label: Int32(-1), costs: [OnAppRowFields.Cost]())
        try reader.readObject { key, reader throws(JSONError) in
            let name = key.stringValue
            switch (name, reader.peekKind()) {
            case ("id", _):
                bare.seen = true
                bare.id = try readIdentifier(
                    &reader, field: "billing_stats item id", names: &names, warnings: &warnings)
            case ("label", _):
                bare.seen = true
                bare.label = try readLabel(&reader, names: &names, warnings: &warnings)
            case ("costs", _):
                bare.seen = true
                guard try !reader.readNull() else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    bare.costs.append(try readCost(&reader, names: &names, warnings: &warnings))
                }
            case (_, .null):
                _ = try reader.readNull()
            case (_, .array):
                let group = names.code(key)
                row.group(group)
                try reader.readArray { _, reader throws(JSONError) in
                    try readItem(&reader, group: group, into: &row, names: &names, warnings: &warnings)
                }
            case (_, .object):
                let group = names.code(of: OnAppBillingGroup.groupName(ofItem: name))
                try readItem(&reader, group: group, into: &row, names: &names, warnings: &warnings)
            default:
                warnings.oddValue(
                    field: "billing_stats[].\(name)", value: try describeValue(&reader), expected: "a list of items")
            }
        }
        guard bare.seen else { return }
        guard bare.id >= 0 else { throw reader.makeError("missing required field 'id'") }
        let start = row.nextCost
        for cost in bare.costs { row.addCost(cost) }
        row.addItem(
            group: names.code(of: OnAppBillingGroup.groupName(ofItem: "billing_stat")), id: bare.id, label: bare.label,
            costsFrom: start)
    }

    /// Reads one breakdown item `{"id", "label", "costs"}` of `group`.
    private static func readItem(
        _ reader: inout JSONReader, group: Int32, into row: inout OnAppRowFields, names: inout NameTable,
        warnings: inout OnAppFieldWarnings
    ) throws(JSONError) {
        var id: Int32 = -1
        var label: Int32 = -1
        let start = row.nextCost
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "id":
                id = try readIdentifier(&reader, field: "billing_stats item id", names: &names, warnings: &warnings)
            case "label": label = try readLabel(&reader, names: &names, warnings: &warnings)
            case "costs":
                guard try !reader.readNull() else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    row.addCost(try readCost(&reader, names: &names, warnings: &warnings))
                }
            default: break
            }
        }
        guard id >= 0 else { throw reader.makeError("missing required field 'id'") }
        row.addItem(group: group, id: id, label: label, costsFrom: start)
    }

    /// Reads an item's `label`: text (a number or boolean as written), or null as none;
    /// anything else is skipped with a warning.
    private static func readLabel(
        _ reader: inout JSONReader, names: inout NameTable, warnings: inout OnAppFieldWarnings
    ) throws(JSONError) -> Int32 {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return -1
        case .string, .number, .bool:
            return try reader.readScalarNameCode(&names)
        default:
            warnings.oddValue(field: "billing_stats item label", value: try describeValue(&reader), expected: "text")
            return -1
        }
    }

    /// Reads one cost entry `{"value", "cost", "resource_name", "resource_id"?}`.
    private static func readCost(
        _ reader: inout JSONReader, names: inout NameTable, warnings: inout OnAppFieldWarnings
    ) throws(JSONError) -> OnAppRowFields.Cost {
        var resourceName: Int32 = -1
        var value: Amount?
        var cost: Amount?
        var resourceID: Int32 = -1
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "resource_name": resourceName = try reader.readNameCode(&names)
            case "value": value = try readQuantity(&reader, warnings: &warnings)
            case "cost": cost = try reader.readAmount(roundingExcessDigits: true)
            case "resource_id":
                resourceID = try readIdentifier(
                    &reader, field: "billing_stats cost resource_id", names: &names, warnings: &warnings)
            default: break
            }
        }
        guard resourceName >= 0 else { throw reader.makeError("missing required field 'resource_name'") }
        guard let cost else { throw reader.makeError("missing required field 'cost'") }
        return OnAppRowFields.Cost(resourceName: resourceName, value: value, cost: cost, resourceID: resourceID)
    }

    /// Reads an id sent as a number or a string, or null as none (-1); anything else is skipped
    /// with a warning about `field`.
    private static func readIdentifier(
        _ reader: inout JSONReader, field: String, names: inout NameTable, warnings: inout OnAppFieldWarnings
    ) throws(JSONError) -> Int32 {
        switch reader.peekKind() {
        case .null:
            _ = try reader.readNull()
            return -1
        case .number, .string:
            return try reader.readScalarNameCode(&names)
        default:
            warnings.oddValue(field: field, value: try describeValue(&reader), expected: "an id")
            return -1
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
