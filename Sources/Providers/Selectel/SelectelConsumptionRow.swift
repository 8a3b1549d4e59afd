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

    /// Decodes `{"status": "success", "data": [rows]}` with the streaming reader; unknown
    /// fields are skipped, `value` and `period` are required.
    public static func decodeList(_ body: [UInt8], interner: inout StringInterner) throws(JSONError)
        -> [SelectelConsumptionRow]
    {
        try SelectelEnvelope.decode(body) { reader throws(JSONError) in
            var rows: [SelectelConsumptionRow] = []
            try reader.readArray { _, reader throws(JSONError) in
                rows.append(try decode(&reader, interner: &interner))
            }
            return rows
        }
    }

    /// Decodes a row list with a fresh interner.
    public static func decodeList(_ body: [UInt8]) throws(JSONError) -> [SelectelConsumptionRow] {
        var interner = StringInterner()
        return try decodeList(body, interner: &interner)
    }

    private static func decode(_ reader: inout JSONReader, interner: inout StringInterner) throws(JSONError)
        -> SelectelConsumptionRow
    {
        let start = reader.offset
        var row = SelectelConsumptionRow(value: .zero, period: "")
        var sawValue = false
        var sawPeriod = false
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "account_id":
                row.accountID = try reader.readNull() ? nil : interner.intern(try reader.readScalarText())
            case "provider_key": row.providerKey = try reader.readStringOrNull().map { interner.intern($0) }
            case "value":
                row.value = try readKopecks(&reader)
                sawValue = true
            case "period":
                row.period = interner.intern(try reader.readString())
                sawPeriod = true
            case "project":
                if try reader.readNull() { return }
                var project = Project(id: "")
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id": project.id = interner.intern(try reader.readScalarText())
                    case "name": project.name = try reader.readStringOrNull().map { interner.intern($0) }
                    default: try reader.skipValue()
                    }
                }
                row.project = project
            case "object":
                if try reader.readNull() { return }
                var object = Object(id: "")
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id": object.id = interner.intern(try reader.readScalarText())
                    case "name": object.name = try reader.readStringOrNull().map { interner.intern($0) }
                    case "type": object.type = try reader.readStringOrNull().map { interner.intern($0) }
                    case "parent_id": object.parentID = try reader.readStringOrNull().map { interner.intern($0) }
                    case "parent_name": object.parentName = try reader.readStringOrNull().map { interner.intern($0) }
                    default: try reader.skipValue()
                    }
                }
                row.object = object
            case "metric":
                if try reader.readNull() { return }
                var metric = Metric(id: "")
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "id": metric.id = interner.intern(try reader.readScalarText())
                    case "name": metric.name = try reader.readStringOrNull().map { interner.intern($0) }
                    case "quantity": metric.quantity = try reader.readAmountOrNull(roundingExcessDigits: true)
                    case "unit": metric.unit = try reader.readStringOrNull().map { interner.intern($0) }
                    case "region": metric.region = try reader.readStringOrNull().map { interner.intern($0) }
                    default: try reader.skipValue()
                    }
                }
                row.metric = metric
            case "provision_start": row.provisionStart = try reader.readStringOrNull()
            case "provision_end": row.provisionEnd = try reader.readStringOrNull()
            default: try reader.skipValue()
            }
        }
        guard sawValue else { throw reader.makeError("row without 'value'", at: start) }
        guard sawPeriod else { throw reader.makeError("row without 'period'", at: start) }
        return row
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
