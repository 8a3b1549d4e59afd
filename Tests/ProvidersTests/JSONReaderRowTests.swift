import CostCore
import Foundation
import Providers
import Testing

@Suite("JSONReader: decoding provider rows")
struct JSONReaderRowTests {
    /// The fields a Cloud.ru consumption decoder would keep.
    struct ConsumptionRow: Equatable {
        var dogID = ""
        var dmid: Int64 = 0
        var service = ""
        var resourceName: String?
        var amount = Amount.zero
        var amountWithVAT = Amount.zero
        var quantity = Amount.zero
        var rate = Amount.zero
        var meta: [String: String] = [:]
        var useDate = ""
    }

    static func decode(_ bytes: [UInt8]) throws(JSONError) -> [ConsumptionRow] {
        try JSONReader.read(bytes) { reader throws(JSONError) in
            var rows: [ConsumptionRow] = []
            try reader.readObject { key, reader throws(JSONError) in
                guard key == "consumptions" else { return }  // anything else is skipped
                try reader.readArray { _, reader throws(JSONError) in
                    var row = ConsumptionRow()
                    var sawAmount = false
                    try reader.readObject { key, reader throws(JSONError) in
                        switch key {
                        case "dog_id": row.dogID = try reader.readString()
                        case "dmid": row.dmid = try reader.readInt64()
                        case "servname": row.service = try reader.readString()
                        case "resource_name": row.resourceName = try reader.readStringOrNull()
                        case "amount":
                            row.amount = try reader.readAmount()
                            sawAmount = true
                        case "amount_nds": row.amountWithVAT = try reader.readAmount()
                        case "usefact": row.quantity = try reader.readAmount(roundingExcessDigits: true)
                        case "cost": row.rate = try reader.readAmount()
                        case "usedate": row.useDate = try reader.readString()
                        case "meta":
                            try reader.readObject { key, reader throws(JSONError) in
                                row.meta[key.stringValue] = try reader.readString()
                            }
                        default: try reader.skipValue()
                        }
                    }
                    guard sawAmount else { throw reader.makeError("missing required field 'amount'") }
                    rows.append(row)
                }
            }
            return rows
        }
    }

    static let page = """
        {"total": 2, "next_page_token": null,
         "consumptions": [
          {"dog_id":"ДГ-001/2026","dmid":98765,"sku":"obs.std","servname":"Объектное хранилище",
           "resource_id":"a1b2","resource_name":null,"usedate":"2026-11-01T00:00:00Z",
           "amount":"12.345678","amount_nds":14.814814,"usefact":0.5,"cost":"24.69","unit":"ГБ*сутки",
           "platform":"Evolution","meta":{"k":"v","регион":"ru-central-1"},
           "unknown_new_field":[1,{"x":null},"\\u4e91",[[]],{"deep":{"deeper":[true,false,-1.5e-7]}}],
           "is_delete":false},
          {"dog_id":"ДГ-001/2026","dmid":1,"servname":"云 GPU","resource_name":"node \\"a\\"",
           "amount":0.000001,"amount_nds":"0.0000012","usefact":"0.33333333333333333","cost":0,
           "meta":{},"usedate":"2026-11-02T00:00:00Z"}
         ],
         "trailing_unknown": {"a": [1, 2, 3]}}
        """

    @Test func decodesCloudRuRowsFieldByFieldAndSkipsUnknownFields() throws {
        let rows = try Self.decode(Array(Self.page.utf8))
        #expect(rows.count == 2)
        var first = ConsumptionRow()
        first.dogID = "ДГ-001/2026"
        first.dmid = 98765
        first.service = "Объектное хранилище"
        first.resourceName = nil
        first.amount = Amount("12.345678")!
        first.amountWithVAT = Amount("14.814814")!
        first.quantity = Amount("0.5")!
        first.rate = Amount("24.69")!
        first.meta = ["k": "v", "регион": "ru-central-1"]
        first.useDate = "2026-11-01T00:00:00Z"
        #expect(rows[0] == first)

        #expect(rows[1].service == "云 GPU")
        #expect(rows[1].resourceName == "node \"a\"")
        #expect(rows[1].amount == Amount(units: 1_000_000))
        #expect(rows[1].amountWithVAT == Amount(units: 1_200_000))
        #expect(rows[1].quantity == Amount("0.333333333333")!)
        #expect(rows[1].rate == .zero)
        #expect(rows[1].meta.isEmpty)
        // Exact sums: no binary floating point on the way.
        #expect((rows[0].amountWithVAT + rows[1].amountWithVAT).description == "14.8148152")
    }

    @Test func bodyThatIgnoresAValueGetsItSkipped() throws {
        var reader = JSONReader(#"{"a":{"b":[1,2,{"c":"d"}]},"e":"f"}"#)
        var keys: [String] = []
        try reader.readObject { key, _ in keys.append(key.stringValue) }
        try reader.finish()
        #expect(keys == ["a", "e"])
    }

    @Test func errorsInsideRowsCarryTheFullPath() throws {
        var broken = Self.page
        broken = broken.replacingOccurrences(of: #""amount_nds":"0.0000012""#, with: #""amount_nds":"0,0000012""#)
        let error = try #require(throws: JSONError.self) { _ = try Self.decode(Array(broken.utf8)) }
        #expect(error.path == "consumptions[1].amount_nds")
        #expect(error.message == "expected a decimal number in the string")
        #expect(error.line == 10)

        let missing = #"{"consumptions":[{"amount":1},{"servname":"x"}]}"#
        let missingError = try #require(throws: JSONError.self) { _ = try Self.decode(Array(missing.utf8)) }
        #expect(missingError.message == "missing required field 'amount'")
        #expect(missingError.path == "consumptions[1]")

        let badSkipped = #"{"consumptions":[{"amount":1,"unknown":{"x":[1,01]}}]}"#
        let skippedError = try #require(throws: JSONError.self) { _ = try Self.decode(Array(badSkipped.utf8)) }
        #expect(skippedError.path == "consumptions[0].unknown.x[1]")
        #expect(skippedError.message == "leading zeros are not allowed in numbers")
    }

    struct NotRUB: Error, Equatable { var currency: String }

    @Test func untypedBodiesMayThrowTheirOwnErrors() throws {
        let body = Array(#"{"rows":[{"currency":"RUB","amount":"1.50"},{"currency":"EUR","amount":2}]}"#.utf8)
        var seen: [Amount] = []
        // Closures without `throws(JSONError)` use the untyped overloads.
        let thrown = #expect(throws: NotRUB.self) {
            try JSONReader.read(body) { reader in
                try reader.readObject { key, reader in
                    guard key == "rows" else { return }
                    try reader.readArray { _, reader in
                        try reader.readObject { key, reader in
                            if key == "currency" {
                                let currency = try reader.readString()
                                if currency != "RUB" { throw NotRUB(currency: currency) }
                            } else if key == "amount" {
                                seen.append(try reader.readAmount())
                            }
                        }
                    }
                }
            }
        }
        #expect(thrown == NotRUB(currency: "EUR"))
        #expect(seen == [Amount("1.5")!])

        // The reader's own errors still arrive as JSONError, path included.
        let broken = Array(#"{"rows":[{"amount":01}]}"#.utf8)
        let error = #expect(throws: JSONError.self) {
            try JSONReader.read(broken) { reader in
                try reader.readObject { _, reader in
                    try reader.readArray { _, reader in
                        try reader.readObject { _, reader in _ = try reader.readAmount() }
                    }
                }
            }
        }
        #expect(error?.path == "rows[0].amount")
    }

    @Test func aSeewebStyleTrailingCommaIsRefused() throws {
        let body = """
            [
              {"id": "ECS1", "amount": "10.00"},
              {"id": "ECS2", "amount": "5.50"},
            ]
            """
        let error = try #require(throws: JSONError.self) {
            try JSONReader.read(Array(body.utf8)) { reader throws(JSONError) in
                try reader.readArray { _, reader throws(JSONError) in try reader.skipValue() }
            }
        }
        #expect(error.message == "trailing comma before ']'")
        #expect(error.line == 3)
        #expect(error.column == 35)
    }
}
