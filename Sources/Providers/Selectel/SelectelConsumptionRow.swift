import CostCore
import Foundation

/// One row of `consumption` / `summary_stats`. Which of project, object and metric are
/// filled depends on `group_type`.
public struct SelectelConsumptionRow: Sendable, Hashable {
    /// A `project` part.
    public struct Project: Sendable, Hashable {
        public var id: String
        public var name: String?
    }
    /// An `object` part.
    public struct Object: Sendable, Hashable {
        public var id: String
        public var name: String?
        /// `type`, e.g. `cloud_vm`.
        public var type: String?
        /// `parent_id`: the server a disk or IP belongs to.
        public var parentID: String?
        /// `parent_name`.
        public var parentName: String?
    }
    /// A `metric` part.
    public struct Metric: Sendable, Hashable {
        public var id: String
        public var name: String?
        public var quantity: Amount?
        public var unit: String?
        public var region: String?
    }

    /// `account_id` (sent as a string or a number).
    public var accountID: String?
    /// `provider_key`: the service.
    public var providerKey: String?
    /// `value`: money, converted from kopecks to roubles exactly.
    public var value: Amount
    /// `period`: the naive start of the bucket, in the API's zone.
    public var period: String
    public var project: Project?
    public var object: Object?
    public var metric: Metric?
    /// `provision_start`.
    public var provisionStart: String?
    /// `provision_end`.
    public var provisionEnd: String?

    /// Decodes `{"status": "success", "data": [rows]}`; the rules are ``read(_:into:)``'s.
    public static func decodeList(_ body: [UInt8]) throws(JSONError) -> [SelectelConsumptionRow] {
        var collector = RowCollector()
        try read(body, into: &collector)
        return collector.rows
    }

    /// Reads `{"status": "success", "data": [rows]}`, handing each row to `sink` as it is read
    /// (names as codes into the sink's table). Unknown fields are skipped; `value` and `period`
    /// are required.
    static func read<Sink: SelectelRowSink>(_ body: [UInt8], into sink: inout Sink) throws(JSONError) {
        try SelectelEnvelope.decode(body) { reader throws(JSONError) in
            var fields = SelectelRowFields()
            var index = 0
            try reader.readArray { _, reader throws(JSONError) in
                try readRow(&reader, into: &fields, names: &sink.names)
                sink.take(fields, index: index)
                index += 1
            }
        }
    }

    private static func readRow(_ reader: inout JSONReader, into row: inout SelectelRowFields, names: inout NameTable)
        throws(JSONError)
    {
        let start = reader.offset
        row = SelectelRowFields()
        var sawValue = false
        var sawPeriod = false
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "account_id": row.accountID = try reader.readNull() ? -1 : try reader.readScalarNameCode(&names)
            case "provider_key": row.providerKey = try reader.readNameCodeOrNull(&names)
            case "value":
                row.value = try readKopecks(&reader)
                sawValue = true
            case "period":
                row.period = try reader.readNameCode(&names)
                sawPeriod = true
            case "project":
                if try reader.readNull() { return }
                row.hasProject = true
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id": row.projectID = try reader.readScalarNameCode(&names)
                    case "name": row.projectName = try reader.readNameCodeOrNull(&names)
                    default: try reader.skipValue()
                    }
                }
            case "object":
                if try reader.readNull() { return }
                row.hasObject = true
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id": row.objectID = try reader.readScalarNameCode(&names)
                    case "name": row.objectName = try reader.readNameCodeOrNull(&names)
                    case "type": row.objectType = try reader.readNameCodeOrNull(&names)
                    case "parent_id": row.parentID = try reader.readNameCodeOrNull(&names)
                    case "parent_name": row.parentName = try reader.readNameCodeOrNull(&names)
                    default: try reader.skipValue()
                    }
                }
            case "metric":
                if try reader.readNull() { return }
                row.hasMetric = true
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id": row.metricID = try reader.readScalarNameCode(&names)
                    case "name": row.metricName = try reader.readNameCodeOrNull(&names)
                    case "quantity": row.quantity = try reader.readAmountOrNull(roundingExcessDigits: true)
                    case "unit": row.unit = try reader.readNameCodeOrNull(&names)
                    case "region": row.region = try reader.readNameCodeOrNull(&names)
                    default: try reader.skipValue()
                    }
                }
            case "provision_start": row.provisionStart = try reader.readNameCodeOrNull(&names)
            case "provision_end": row.provisionEnd = try reader.readNameCodeOrNull(&names)
            default: try reader.skipValue()
            }
        }
        guard sawValue else { throw reader.makeError("row without 'value'", at: start) }
        guard sawPeriod else { throw reader.makeError("row without 'period'", at: start) }
    }

    /// Money in kopecks (an integer, or a decimal or string holding a whole number of
    /// hundredths of a kopeck or less), as exact roubles.
    static func readKopecks(_ reader: inout JSONReader) throws(JSONError) -> Amount {
        let start = reader.offset
        let text = try reader.readScalarText()
        guard let kopecks = Amount(text) else {
            throw reader.makeError(
                "value \(ServerText.quote(text, limit: 32)) is not a number of kopecks, or is too large to hold exactly",
                at: start
            )
        }
        guard kopecks.units % 100 == 0 else {
            throw reader.makeError(
                "value \(ServerText.quote(text, limit: 32)) has more digits than can be held exactly", at: start)
        }
        return Amount(units: kopecks.units / 100)
    }
}

extension SelectelConsumptionRow {
    init(value: Amount, period: String) {
        self.value = value
        self.period = period
    }
}

/// One row as read: names as codes into the reader's ``NameTable`` (-1 when absent), so a row
/// costs no allocation for names seen before. Without its money, quantity and period, it is
/// what every row of a series shares.
struct SelectelRowFields: Hashable {
    var accountID: Int32 = -1
    var providerKey: Int32 = -1
    var period: Int32 = -1
    var value = Amount.zero
    var hasProject = false
    var projectID: Int32 = -1
    var projectName: Int32 = -1
    var hasObject = false
    var objectID: Int32 = -1
    var objectName: Int32 = -1
    var objectType: Int32 = -1
    var parentID: Int32 = -1
    var parentName: Int32 = -1
    var hasMetric = false
    var metricID: Int32 = -1
    var metricName: Int32 = -1
    var quantity: Amount?
    var unit: Int32 = -1
    var region: Int32 = -1
    var provisionStart: Int32 = -1
    var provisionEnd: Int32 = -1
    /// The region the documented group types found for a row with no metric to carry one.
    var foundRegion: Int32 = -1

    /// The row's series: everything but its money, quantity and time.
    var seriesKey: SelectelRowFields {
        var key = self
        key.period = -1
        key.value = .zero
        key.quantity = nil
        return key
    }
}

/// What receives a consumption answer's rows as they are read.
protocol SelectelRowSink {
    /// The table the row's names are codes into.
    var names: NameTable { get set }
    /// Takes row `index` of `data` (valid only during the call: the fields are reused).
    mutating func take(_ row: SelectelRowFields, index: Int)
}

/// Collects rows as ``SelectelConsumptionRow``s, for ``SelectelConsumptionRow/decodeList(_:)``.
private struct RowCollector: SelectelRowSink {
    var names = NameTable()
    var rows: [SelectelConsumptionRow] = []

    mutating func take(_ fields: SelectelRowFields, index: Int) {
        var row = SelectelConsumptionRow(value: fields.value, period: names[fields.period])
        row.accountID = names.name(fields.accountID)
        row.providerKey = names.name(fields.providerKey)
        if fields.hasProject {
            row.project = .init(id: names.name(fields.projectID) ?? "", name: names.name(fields.projectName))
        }
        if fields.hasObject {
            row.object = .init(
                id: names.name(fields.objectID) ?? "", name: names.name(fields.objectName),
                type: names.name(fields.objectType), parentID: names.name(fields.parentID),
                parentName: names.name(fields.parentName))
        }
        if fields.hasMetric {
            row.metric = .init(
                id: names.name(fields.metricID) ?? "", name: names.name(fields.metricName), quantity: fields.quantity,
                unit: names.name(fields.unit), region: names.name(fields.region))
        }
        row.provisionStart = names.name(fields.provisionStart)
        row.provisionEnd = names.name(fields.provisionEnd)
        rows.append(row)
    }
}
