import CostCore
import Foundation

/// One page of `GET /v1/consumption` or `/v2/consumption`: `{"consumptions": [...],
/// "next_page_token": "..."}`. Unknown fields anywhere are skipped.
public struct CloudRuConsumptionPage: Sendable {
    /// The rows, in answer order.
    public var rows: [CloudRuConsumptionRow]
    /// v2: the token of the next page; nil or empty on the last page.
    public var nextPageToken: String?
    /// Values read leniently in fields that carry no money, one sentence each naming the field
    /// and the value (the first odd value per field on the page).
    public var warnings: [String] = []

    /// Decodes a page with the streaming reader. Required per row: `sku`, `servname`,
    /// `usedate`, `amount` and `amount_nds`; money is exact; a wrong type there or a malformed
    /// date is an error naming the row. Fields that carry no money (`dog_id`, `dmid`, resource,
    /// `unit`, `usefact`, `cost` — a rate —, `platform`, `meta`) are read leniently: an odd value
    /// is left out and named in ``warnings``.
    public static func decode(_ body: [UInt8], interner: inout StringInterner) throws(JSONError)
        -> CloudRuConsumptionPage
    {
        var sink = RowCollector()
        var warnings: [String] = []
        let nextPageToken = try read(body, into: &sink, warnings: &warnings)
        let rows = sink.rows.map { fields in
            var row = fields
            func intern(_ text: String?) -> String? { text.map { interner.intern($0) } }
            row.agreement = intern(row.agreement)
            row.dmid = intern(row.dmid)
            row.sku = interner.intern(row.sku)
            row.serviceName = interner.intern(row.serviceName)
            row.resourceID = intern(row.resourceID)
            row.resourceName = intern(row.resourceName)
            row.unit = intern(row.unit)
            row.platform = intern(row.platform)
            row.availabilityZone = intern(row.availabilityZone)
            row.meta = row.meta.map {
                CloudRuMetaField(nativeKey: interner.intern($0.nativeKey), value: interner.intern($0.value))
            }
            return row
        }
        return CloudRuConsumptionPage(rows: rows, nextPageToken: nextPageToken, warnings: warnings)
    }

    /// Decodes a page with a fresh interner.
    public static func decode(_ body: [UInt8]) throws(JSONError) -> CloudRuConsumptionPage {
        var interner = StringInterner()
        return try decode(body, interner: &interner)
    }

    /// Reads a page, handing each row to `sink` as it is read (names as codes into the sink's
    /// table); returns the page's `next_page_token`. The rules are ``decode(_:interner:)``'s.
    static func read<Sink: CloudRuRowSink>(_ body: [UInt8], into sink: inout Sink, warnings: inout [String])
        throws(JSONError) -> String?
    {
        try JSONReader.read(body) { reader throws(JSONError) in
            var nextPageToken: String?
            var sawRows = false
            var fields = CloudRuRowFields()
            try reader.readObject { key, reader throws(JSONError) in
                switch key {
                case "consumptions":
                    sawRows = true
                    if try reader.readNull() { return }
                    try reader.readArray { _, reader throws(JSONError) in
                        try readRow(&reader, into: &fields, names: &sink.names, warnings: &warnings)
                        sink.take(fields)
                    }
                case "next_page_token":
                    nextPageToken = try reader.readStringOrNull()
                default:
                    try reader.skipValue()
                }
            }
            guard sawRows else { throw reader.makeError("missing 'consumptions'") }
            return nextPageToken
        }
    }

    private static func readRow(
        _ reader: inout JSONReader, into row: inout CloudRuRowFields, names: inout NameTable,
        warnings: inout [String]
    ) throws(JSONError) {
        let start = reader.offset
        row.reset()
        var sku: Int32 = -1
        var service: Int32 = -1
        var useDate: Date?
        var amount: Amount?
        var amountWithVAT: Amount?
        try reader.readObject { key, reader throws(JSONError) in
            // Only the field names of the key's length are compared: a row has about fifteen keys.
            guard let field = Field(key) else { return try reader.skipValue() }
            switch field {
            case .dogID: row.agreement = try reader.readLenientCode("dog_id", &names, &warnings)
            case .dmid: row.dmid = try reader.readLenientCode("dmid", &names, &warnings)
            case .sku: sku = try reader.readNameCode(&names)
            case .servname: service = try reader.readNameCode(&names)
            case .resourceID: row.resourceID = try reader.readLenientCode("resource_id", &names, &warnings)
            case .resourceName: row.resourceName = try reader.readLenientCode("resource_name", &names, &warnings)
            case .usedate: useDate = try reader.readUseDate(&row.lastUseDate)
            case .amount: amount = try reader.readAmount(roundingExcessDigits: true)
            case .amountNDS: amountWithVAT = try reader.readAmount(roundingExcessDigits: true)
            case .cost: row.tariff = try reader.readLenientNumber("cost", leftOut: "tariff", &warnings)
            case .unit: row.unit = try reader.readLenientCode("unit", &names, &warnings)
            case .usefact: row.quantity = try reader.readLenientNumber("usefact", leftOut: "quantity", &warnings)
            case .platform: row.platform = try reader.readLenientCode("platform", &names, &warnings)
            case .meta:
                try reader.readLenientMeta(into: &row, &names, &warnings)
            case .encodeID:
                if try reader.readNull() { return }
                guard reader.peekKind() == .string else {
                    throw reader.mismatch(at: reader.skipWhitespace(from: reader.offset), expected: "a string or null")
                }
                row.encodeID = try reader.readNameCode(&names)
            case .updatedDT:
                guard let text = try reader.readStringOrNull() else { return }
                guard let date = RFC3339.instant(text, assumeUTC: true) else {
                    throw reader.makeError("updated_dt \(ServerText.quote(text)) is not an RFC 3339 timestamp")
                }
                row.updatedAt = date
            case .isDelete: row.isDeleted = try reader.readNull() ? false : try reader.readBool()
            }
        }
        guard sku >= 0 else { throw reader.makeError("row without 'sku'", at: start) }
        guard service >= 0 else { throw reader.makeError("row without 'servname'", at: start) }
        guard let useDate else { throw reader.makeError("row without 'usedate'", at: start) }
        guard let amount else { throw reader.makeError("row without 'amount'", at: start) }
        guard let amountWithVAT else { throw reader.makeError("row without 'amount_nds'", at: start) }
        row.sku = sku
        row.service = service
        row.useDate = useDate
        row.amount = amount
        row.amountWithVAT = amountWithVAT
    }
}

/// The fields of a consumption row the reader knows.
private enum Field {
    case dogID, dmid, sku, servname, resourceID, resourceName, usedate, amount, amountNDS, cost, unit, usefact
    case platform, meta, encodeID, updatedDT, isDelete

    /// The field `key` names, or nil for one the reader skips.
    init?(_ key: JSONKey) {
        switch key.utf8Count {
        case 3 where key == "sku": self = .sku
        case 4:
            if key == "dmid" {
                self = .dmid
            } else if key == "cost" {
                self = .cost
            } else if key == "unit" {
                self = .unit
            } else if key == "meta" {
                self = .meta
            } else {
                return nil
            }
        case 6:
            if key == "amount" {
                self = .amount
            } else if key == "dog_id" {
                self = .dogID
            } else {
                return nil
            }
        case 7:
            if key == "usedate" {
                self = .usedate
            } else if key == "usefact" {
                self = .usefact
            } else {
                return nil
            }
        case 8:
            if key == "servname" {
                self = .servname
            } else if key == "platform" {
                self = .platform
            } else {
                return nil
            }
        case 9:
            if key == "encode_id" {
                self = .encodeID
            } else if key == "is_delete" {
                self = .isDelete
            } else {
                return nil
            }
        case 10:
            if key == "amount_nds" {
                self = .amountNDS
            } else if key == "updated_dt" {
                self = .updatedDT
            } else {
                return nil
            }
        case 11 where key == "resource_id": self = .resourceID
        case 13 where key == "resource_name": self = .resourceName
        default: return nil
        }
    }
}

/// What receives a page's rows as they are read.
protocol CloudRuRowSink {
    /// The table the row's names are codes into.
    var names: NameTable { get set }
    /// Takes one row (valid only during the call: the fields are reused for the next row).
    mutating func take(_ row: CloudRuRowFields)
}

/// Collects rows as ``CloudRuConsumptionRow``s, for ``CloudRuConsumptionPage/decode(_:interner:)``.
private struct RowCollector: CloudRuRowSink {
    var names = NameTable()
    var rows: [CloudRuConsumptionRow] = []

    mutating func take(_ fields: CloudRuRowFields) {
        rows.append(
            CloudRuConsumptionRow(
                agreement: names.name(fields.agreement), dmid: names.name(fields.dmid), sku: names[fields.sku],
                serviceName: names[fields.service], resourceID: names.name(fields.resourceID),
                resourceName: names.name(fields.resourceName), useDate: fields.useDate, amount: fields.amount,
                amountWithVAT: fields.amountWithVAT, tariff: fields.tariff, unit: names.name(fields.unit),
                quantity: fields.quantity, platform: names.name(fields.platform),
                availabilityZone: names.name(fields.availabilityZone),
                meta: stride(from: 0, to: fields.meta.count, by: 2).map {
                    CloudRuMetaField(nativeKey: names[fields.meta[$0]], value: names[fields.meta[$0 + 1]])
                },
                encodeID: names.name(fields.encodeID), updatedAt: fields.updatedAt, isDeleted: fields.isDeleted))
    }
}

/// One row as read: names as codes into the reader's ``NameTable`` (-1 when absent). One value
/// is reused for every row of a page, so reading a row allocates nothing for names seen before.
struct CloudRuRowFields {
    var agreement: Int32 = -1
    var dmid: Int32 = -1
    var sku: Int32 = -1
    var service: Int32 = -1
    var resourceID: Int32 = -1
    var resourceName: Int32 = -1
    var unit: Int32 = -1
    var platform: Int32 = -1
    var availabilityZone: Int32 = -1
    var encodeID: Int32 = -1
    /// `meta` entries in answer order, as pairs: the native key (`meta.<key>`), then the value.
    var meta: [Int32] = []
    var useDate = Date(timeIntervalSince1970: 0)
    var amount = Amount.zero
    var amountWithVAT = Amount.zero
    var tariff: Amount?
    var quantity: Amount?
    var updatedAt: Date?
    var isDeleted = false
    /// The last `usedate` read and its bytes: the rows of a page mostly share one.
    var lastUseDate: (bytes: [UInt8], date: Date) = ([], Date(timeIntervalSince1970: 0))

    /// Clears the row for the next one, keeping the meta storage.
    mutating func reset() {
        agreement = -1
        dmid = -1
        resourceID = -1
        resourceName = -1
        unit = -1
        platform = -1
        availabilityZone = -1
        encodeID = -1
        meta.removeAll(keepingCapacity: true)
        tariff = nil
        quantity = nil
        updatedAt = nil
        isDeleted = false
    }
}

extension JSONReader {
    /// `usedate`: an RFC 3339 timestamp; the same bytes as the last one are not parsed again.
    fileprivate mutating func readUseDate(_ last: inout (bytes: [UInt8], date: Date)) throws(JSONError) -> Date {
        let start = skipWhitespace(from: offset)
        guard bytes[start] == UInt8(ascii: "\"") else { throw mismatch(at: start, expected: "a string") }
        let token = try scanString(at: start)
        let raw = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
        if !token.hasEscapes, raw.elementsEqual(last.bytes) {
            offset = token.next
            return last.date
        }
        let text = decodeString(token)
        offset = token.next
        guard let date = RFC3339.instant(text, assumeUTC: true) else {
            throw makeError("usedate \(ServerText.quote(text)) is not an RFC 3339 timestamp")
        }
        if !token.hasEscapes { last = (Array(raw), date) }
        return date
    }

    /// Text, a number or a boolean as written (`dog_id` and `dmid` arrive as either), or nil for
    /// null; an object or array is skipped and named in `warnings`.
    fileprivate mutating func readLenientCode(
        _ field: String, _ names: inout NameTable, _ warnings: inout [String]
    ) throws(JSONError) -> Int32 {
        switch peekKind() {
        case .string: return try readNameCode(&names)
        case .null:
            _ = try readNull()
            return -1
        case .number, .bool: return try readScalarNameCode(&names)
        case let kind:
            try skipValue()
            CloudRuConsumptionPage.warn(
                field, "\(field) is \(kind.map(\.description) ?? "not a value"), not text: left out", &warnings)
            return -1
        }
    }

    /// A number (or a string holding one), or nil for null; anything else is skipped and named in
    /// `warnings` — the field carries no money, so the row stays.
    fileprivate mutating func readLenientNumber(_ field: String, leftOut: String, _ warnings: inout [String])
        throws(JSONError) -> Amount?
    {
        switch peekKind() {
        case .null:
            _ = try readNull()
            return nil
        case .number, .string:
            // Building a reader error costs a scan from the top of the body, too much for every
            // row of a page, so text that is plainly no number is not offered to the number reader.
            // A failed read leaves the reader where it was, so the value can be read again as text.
            if nextLooksNumeric(), let amount = try? readAmount(roundingExcessDigits: true) { return amount }
            let text = try readScalarText()
            CloudRuConsumptionPage.warn(
                field, "\(field) \(ServerText.quote(text)) is not a number: the row's \(leftOut) is left empty",
                &warnings)
            return nil
        case let kind:
            try skipValue()
            CloudRuConsumptionPage.warn(
                field,
                "\(field) is \(kind.map(\.description) ?? "not a value"), not a number: the row's \(leftOut) is left empty",
                &warnings)
            return nil
        }
    }

    /// Whether the next value is a number, or a string that starts like one and holds only
    /// number characters.
    private func nextLooksNumeric() -> Bool {
        var index = skipWhitespace(from: offset)
        let quoted = bytes[index] == UInt8(ascii: "\"")
        if quoted { index += 1 }
        guard bytes[index] == UInt8(ascii: "-") || isDigit(bytes[index]) else { return false }
        guard quoted else { return true }
        while index < end, isDigit(bytes[index]) || Self.numberPunctuation.contains(bytes[index]) { index += 1 }
        return bytes[index] == UInt8(ascii: "\"")
    }

    private static let numberPunctuation: [UInt8] = Array("+-.eE".utf8)

    private static let metaPrefixBytes: [UInt8] = Array(CloudRuMetaField.prefix.utf8)

    /// `meta`, a map of text: every text, number or boolean value is kept; a nested object or
    /// array, or a `meta` that is not an object, is skipped and named in `warnings`.
    fileprivate mutating func readLenientMeta(
        into row: inout CloudRuRowFields, _ names: inout NameTable, _ warnings: inout [String]
    ) throws(JSONError) {
        switch peekKind() {
        case .null:
            _ = try readNull()
        case .object:
            let metaPrefix = Self.metaPrefixBytes
            try readObject { key, reader throws(JSONError) in
                // Named with its `meta.` prefix: the record's native key, with no text built per row.
                let name = key.withUTF8 { raw in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: metaPrefix.count + raw.count) { buffer in
                        _ = buffer.initialize(from: metaPrefix)
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[metaPrefix.count...]).initialize(from: raw)
                        return names.code(bytes: UnsafeBufferPointer(buffer))
                    }
                }
                let value: Int32
                switch reader.peekKind() {
                case .string:
                    value = try reader.readNameCode(&names)
                case .number, .bool:
                    value = try reader.readScalarNameCode(&names)
                case .null:
                    _ = try reader.readNull()
                    return
                case let kind:
                    try reader.skipValue()
                    CloudRuConsumptionPage.warn(
                        "meta",
                        "\(ServerText.safe(names[name], limit: 60)) is \(kind.map(\.description) ?? "not a value"), not text: left out",
                        &warnings)
                    return
                }
                if key == "availability_zone" { row.availabilityZone = value }
                row.meta.append(name)
                row.meta.append(value)
            }
        case let kind:
            try skipValue()
            CloudRuConsumptionPage.warn(
                "meta", "meta is \(kind.map(\.description) ?? "not a value"), not an object: left out", &warnings)
        }
    }
}

extension CloudRuConsumptionPage {
    /// Adds `message` unless `field` already has a warning on this page: a page of 30 000 odd
    /// rows says so once.
    fileprivate static func warn(_ field: String, _ message: String, _ warnings: inout [String]) {
        let prefix = field + " "
        let metaPrefix = field + "."
        guard !warnings.contains(where: { $0.hasPrefix(prefix) || $0.hasPrefix(metaPrefix) }) else { return }
        warnings.append(message)
    }
}
