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
        try JSONReader.read(body) { reader throws(JSONError) in
            var page = CloudRuConsumptionPage(rows: [], nextPageToken: nil)
            var sawRows = false
            try reader.readObject { key, reader throws(JSONError) in
                switch key {
                case "consumptions":
                    sawRows = true
                    if try reader.readNull() { return }
                    try reader.readArray { _, reader throws(JSONError) in
                        page.rows.append(try decodeRow(&reader, interner: &interner, warnings: &page.warnings))
                    }
                case "next_page_token":
                    page.nextPageToken = try reader.readStringOrNull()
                default:
                    try reader.skipValue()
                }
            }
            guard sawRows else { throw reader.makeError("missing 'consumptions'") }
            return page
        }
    }

    /// Decodes a page with a fresh interner.
    public static func decode(_ body: [UInt8]) throws(JSONError) -> CloudRuConsumptionPage {
        var interner = StringInterner()
        return try decode(body, interner: &interner)
    }

    private static func decodeRow(
        _ reader: inout JSONReader, interner: inout StringInterner, warnings: inout [String]
    ) throws(JSONError) -> CloudRuConsumptionRow {
        let start = reader.offset
        var sku: String?
        var service: String?
        var useDate: Date?
        var amount: Amount?
        var amountWithVAT: Amount?
        var row = CloudRuConsumptionRow(
            sku: "", serviceName: "", useDate: Date(timeIntervalSince1970: 0), amount: .zero, amountWithVAT: .zero)
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "dog_id": row.agreement = try reader.readLenientText("dog_id", &interner, &warnings)
            case "dmid": row.dmid = try reader.readLenientText("dmid", &interner, &warnings)
            case "sku": sku = try reader.readString(interner: &interner)
            case "servname": service = try reader.readString(interner: &interner)
            case "resource_id": row.resourceID = try reader.readLenientText("resource_id", &interner, &warnings)
            case "resource_name": row.resourceName = try reader.readLenientText("resource_name", &interner, &warnings)
            case "usedate":
                let text = try reader.readString()
                guard let date = RFC3339.instant(text, assumeUTC: true) else {
                    throw reader.makeError("usedate \(ServerText.quote(text)) is not an RFC 3339 timestamp")
                }
                useDate = date
            case "amount": amount = try reader.readAmount(roundingExcessDigits: true)
            case "amount_nds": amountWithVAT = try reader.readAmount(roundingExcessDigits: true)
            case "cost": row.tariff = try reader.readLenientNumber("cost", leftOut: "tariff", &warnings)
            case "unit": row.unit = try reader.readLenientText("unit", &interner, &warnings)
            case "usefact": row.quantity = try reader.readLenientNumber("usefact", leftOut: "quantity", &warnings)
            case "platform": row.platform = try reader.readLenientText("platform", &interner, &warnings)
            case "meta":
                try reader.readLenientMeta(into: &row, &interner, &warnings)
            case "encode_id": row.encodeID = try reader.readStringOrNull()
            case "updated_dt":
                guard let text = try reader.readStringOrNull() else { return }
                guard let date = RFC3339.instant(text, assumeUTC: true) else {
                    throw reader.makeError("updated_dt \(ServerText.quote(text)) is not an RFC 3339 timestamp")
                }
                row.updatedAt = date
            case "is_delete": row.isDeleted = try reader.readNull() ? false : try reader.readBool()
            default: try reader.skipValue()
            }
        }
        guard let sku else { throw reader.makeError("row without 'sku'", at: start) }
        guard let service else { throw reader.makeError("row without 'servname'", at: start) }
        guard let useDate else { throw reader.makeError("row without 'usedate'", at: start) }
        guard let amount else { throw reader.makeError("row without 'amount'", at: start) }
        guard let amountWithVAT else { throw reader.makeError("row without 'amount_nds'", at: start) }
        row.sku = sku
        row.serviceName = service
        row.useDate = useDate
        row.amount = amount
        row.amountWithVAT = amountWithVAT
        return row
    }
}

extension JSONReader {
    /// Text, a number or a boolean as written (`dog_id` and `dmid` arrive as either), or nil for
    /// null; an object or array is skipped and named in `warnings`.
    fileprivate mutating func readLenientText(
        _ field: String, _ interner: inout StringInterner, _ warnings: inout [String]
    ) throws(JSONError) -> String? {
        switch peekKind() {
        case .string: return try readString(interner: &interner)
        case .null:
            _ = try readNull()
            return nil
        case .number, .bool: return interner.intern(try readScalarText())
        case let kind:
            try skipValue()
            CloudRuConsumptionPage.warn(
                field, "\(field) is \(kind.map(\.description) ?? "not a value"), not text: left out", &warnings)
            return nil
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
        into row: inout CloudRuConsumptionRow, _ interner: inout StringInterner, _ warnings: inout [String]
    ) throws(JSONError) {
        switch peekKind() {
        case .null:
            _ = try readNull()
        case .object:
            let metaPrefix = Self.metaPrefixBytes
            try readObject { key, reader throws(JSONError) in
                // Interned with its `meta.` prefix: the record's native key, with no text built per row.
                let name = key.withUTF8 { raw in
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: metaPrefix.count + raw.count) { buffer in
                        _ = buffer.initialize(from: metaPrefix)
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[metaPrefix.count...]).initialize(from: raw)
                        return interner.intern(bytes: UnsafeBufferPointer(buffer))
                    }
                }
                switch reader.peekKind() {
                case .string:
                    let value = try reader.readString(interner: &interner)
                    if name == "meta.availability_zone" { row.availabilityZone = value }
                    row.meta.append(CloudRuMetaField(nativeKey: name, value: value))
                case .number, .bool:
                    let value = interner.intern(try reader.readScalarText())
                    if name == "meta.availability_zone" { row.availabilityZone = value }
                    row.meta.append(CloudRuMetaField(nativeKey: name, value: value))
                case .null:
                    _ = try reader.readNull()
                case let kind:
                    try reader.skipValue()
                    CloudRuConsumptionPage.warn(
                        "meta",
                        "\(ServerText.safe(name, limit: 60)) is \(kind.map(\.description) ?? "not a value"), not text: left out",
                        &warnings)
                }
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
