import CostCore
import Foundation

/// One page of `GET /v1/consumption` or `/v2/consumption`: `{"consumptions": [...],
/// "next_page_token": "..."}`. Unknown fields anywhere are skipped.
public struct CloudRuConsumptionPage: Sendable {
    /// The rows, in answer order.
    public var rows: [CloudRuConsumptionRow]
    /// v2: the token of the next page; nil or empty on the last page.
    public var nextPageToken: String?

    /// Decodes a page with the streaming reader. Required per row: `sku`, `servname`,
    /// `usedate`, `amount` and `amount_nds`; money is exact; a wrong type or a malformed
    /// date is an error naming the row.
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
                        page.rows.append(try decodeRow(&reader, interner: &interner))
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

    private static func decodeRow(_ reader: inout JSONReader, interner: inout StringInterner) throws(JSONError)
        -> CloudRuConsumptionRow
    {
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
            case "dog_id": row.agreement = try reader.readScalarOrNull(interner: &interner)
            case "dmid": row.dmid = try reader.readScalarOrNull(interner: &interner)
            case "sku": sku = try reader.readString(interner: &interner)
            case "servname": service = try reader.readString(interner: &interner)
            case "resource_id": row.resourceID = try reader.readStringOrNull(interner: &interner)
            case "resource_name": row.resourceName = try reader.readStringOrNull(interner: &interner)
            case "usedate":
                let text = try reader.readString()
                guard let date = RFC3339.instant(text, assumeUTC: true) else {
                    throw reader.makeError("usedate \(ServerText.quote(text)) is not an RFC 3339 timestamp")
                }
                useDate = date
            case "amount": amount = try reader.readAmount(roundingExcessDigits: true)
            case "amount_nds": amountWithVAT = try reader.readAmount(roundingExcessDigits: true)
            case "cost": row.tariff = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "unit": row.unit = try reader.readStringOrNull(interner: &interner)
            case "usefact": row.quantity = try reader.readAmountOrNull(roundingExcessDigits: true)
            case "platform": row.platform = try reader.readStringOrNull(interner: &interner)
            case "meta":
                if try reader.readNull() { return }
                try reader.readObject { key, reader throws(JSONError) in
                    if key == "availability_zone" {
                        row.availabilityZone = try reader.readStringOrNull(interner: &interner)
                    } else {
                        try reader.skipValue()
                    }
                }
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
    /// A string or a number as text (`dog_id` and `dmid` arrive as either), or nil for null.
    fileprivate mutating func readScalarOrNull(interner: inout StringInterner) throws(JSONError) -> String? {
        if try readNull() { return nil }
        return interner.intern(try readScalarText())
    }
}
