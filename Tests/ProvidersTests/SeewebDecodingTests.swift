import CostCore
import Foundation
import Providers
import Testing

@Suite("Seeweb decoders: the seed's samples, strictness and CSV")
struct SeewebDecodingTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("The documented servers sample, with its trailing '},]', is refused with a clear error")
    func documentedServersSampleIsInvalid() throws {
        let error = try #require(throws: JSONError.self) {
            _ = try SeewebJSONDecoder.servers(Self.bytes(SeewebSamples.documentedServers))
        }
        #expect(error.message == "trailing comma before ']'")
        #expect(error.line == 34)
        #expect(error.column == 2)
        #expect(error.description == "line 34, column 2 (at [0]): trailing comma before ']'")
    }

    @Test("The documented templates sample, with its trailing '},]', is refused with a clear error")
    func documentedTemplatesSampleIsInvalid() throws {
        let error = try #require(throws: JSONError.self) {
            _ = try SeewebJSONDecoder.templates(Self.bytes(SeewebSamples.documentedTemplates))
        }
        #expect(error.message == "trailing comma before ']'")
        #expect(error.line == 11)
        #expect(error.column == 2)
    }

    @Test("The servers sample without the stray comma decodes with the exact figures")
    func fixedServersSample() throws {
        let rows = try SeewebJSONDecoder.servers(Self.bytes(SeewebSamples.servers))
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        let reserved = SeewebReservedDiscount(
            plan: "26", hours: Amount(181), discountPercent: Amount(15), price: Amount("2.62")!,
            reduction: Amount("0.46")!, startDate: "2024-04-23T10:06:22.973332+00:00",
            endDate: "2024-10-23T10:06:22.973332+00:00")
        let expected = SeewebServerMonth(
            name: "ec200200", plan: "ECS1", group: nil, notes: "centos-ecs1-it-fr2-1713866700891", status: "Booted",
            year: 2024, month: 4, creationDate: "2024-04-23T10:06:22.973332+00:00", deletionDate: nil,
            billedHours: Amount(182), cost: Amount("2.64")!, onlineHours: Amount(1), onlinePrice: Amount("0.02")!,
            offlineHours: .zero, offlineDiscountPercent: Amount(20), offlinePrice: .zero, offlineReduction: .zero,
            originalCost: Amount("3.09")!, reservedDiscounts: [reserved])
        #expect(row == expected)
        #expect(row.partsTotal == Amount("2.64")!)
        #expect(row.roundingDifference == .zero)
        #expect(row.totalReduction == Amount("0.46")!)
        // The seed's own figures are a cent apart here: 2.64 + 0.46 is 3.10, not 3.09.
        #expect(row.cost + row.totalReduction - row.originalCost! == Amount("0.01")!)
    }

    @Test("The templates sample without the stray comma decodes with the exact figures")
    func fixedTemplatesSample() throws {
        let rows = try SeewebJSONDecoder.templates(Self.bytes(SeewebSamples.templates))
        let expected = SeewebTemplateMonth(
            name: "ei100026", cost: Amount(2), status: "Created", creationDate: "2024-04-16T08:19:04.106163+00:00",
            deletionDate: nil, notes: "", year: 2024, month: 4)
        #expect(rows == [expected])
    }

    @Test("Unknown fields at every level are skipped")
    func unknownFieldsAreSkipped() throws {
        var text = SeewebSamples.servers
        text = text.replacingOccurrences(of: "\"plan\": \"ECS1\",", with: "\"plan\": \"ECS1\", \"ipv4\": \"10.0.0.1\",")
        text = text.replacingOccurrences(
            of: "\"online_hour\": 1,", with: "\"online_hour\": 1, \"gpu_hour\": {\"a\": [1, 2.5, null]},")
        text = text.replacingOccurrences(of: "\"reserved_hour\": 181,", with: "\"reserved_hour\": 181, \"x\": [],")
        text = text.replacingOccurrences(of: "\"original_cost\": 3.09", with: "\"original_cost\": 3.09, \"y\": true")
        #expect(text != SeewebSamples.servers)
        let decoded = try SeewebJSONDecoder.servers(Self.bytes(text))
        #expect(decoded == (try SeewebJSONDecoder.servers(Self.bytes(SeewebSamples.servers))))
    }

    @Test(
        "A missing required field or a wrong type names its path",
        arguments: [
            ("\"cost\": 2.64,", "", "[0]", "missing required field 'cost'"),
            ("\"name\": \"ec200200\",", "", "[0]", "missing required field 'name'"),
            ("\"online_price\": 0.02,", "", "[0].summary", "missing required field 'online_price'"),
            (
                "\"reserved_plan\": 26,", "", "[0].summary.reserved_discounts[0]",
                "missing required field 'reserved_plan'"
            ),
            ("\"cost\": 2.64", "\"cost\": \"2,64\"", "[0].cost", "expected a decimal number in the string"),
            ("\"name\": \"ec200200\"", "\"name\": 200200", "[0].name", "expected a string, found a number"),
            (
                "\"reserved_price\": 2.62", "\"reserved_price\": null",
                "[0].summary.reserved_discounts[0].reserved_price",
                "expected a number or a string holding one, found null"
            ),
            ("\"summary\": {", "\"summary\": [], \"x\": {", "[0].summary", "expected an object, found an array"),
        ])
    func requiredFieldsAndTypes(replace: String, with replacement: String, path: String, message: String) throws {
        let text = SeewebSamples.servers.replacingOccurrences(of: replace, with: replacement)
        #expect(text != SeewebSamples.servers)
        let error = try #require(throws: JSONError.self) { _ = try SeewebJSONDecoder.servers(Self.bytes(text)) }
        #expect(error.path == path)
        #expect(error.message == message)
    }

    @Test("Odd values that carry no money are warnings naming path and value; the row is kept")
    func oddNonMoneyValuesAreWarnings() throws {
        var text = SeewebSamples.servers
        for (value, odd) in [
            ("\"year\": 2024", "\"year\": 2024.5"), ("\"billed_hours\": 182", "\"billed_hours\": \"n/a\""),
            ("\"offline_discount\": 20", "\"offline_discount\": {\"pct\": 20}"),
            ("\"reserved_hour\": 181", "\"reserved_hour\": true"),
        ] {
            #expect(text.contains(value))
            text = text.replacingOccurrences(of: value, with: odd)
        }
        var warnings: [String] = []
        let rows = try SeewebJSONDecoder.servers(Self.bytes(text)) { warnings.append($0) }
        let plain = try SeewebJSONDecoder.servers(Self.bytes(SeewebSamples.servers))
        #expect(rows.map(\.cost) == plain.map(\.cost))
        #expect(rows.first?.partsTotal == plain.first?.partsTotal)
        #expect(rows.first?.year == nil && rows.first?.billedHours == nil && rows.first?.offlineDiscountPercent == nil)
        #expect(rows.first?.reservedDiscounts.first?.hours == .zero)
        #expect(
            warnings == [
                "JSON [0].year: '2024.5' is not a whole number; the value is left out, the row is kept",
                "JSON [0].billed_hours: 'n/a' is not a number; the value is left out, the row is kept",
                "JSON [0].summary.offline_discount: an object is not a number; the value is left out, the row is kept",
                "JSON [0].summary.reserved_discounts[0].reserved_hour: 'true' is not a number; the value is left out, "
                    + "the row is kept",
            ])
    }

    @Test("A template without its cost, and answers that are not arrays of objects, are refused")
    func templateAndShapeErrors() throws {
        let noCost = SeewebSamples.templates.replacingOccurrences(of: "\"cost\": 2,", with: "")
        let error = try #require(throws: JSONError.self) { _ = try SeewebJSONDecoder.templates(Self.bytes(noCost)) }
        #expect(error.path == "[0]")
        #expect(error.message == "missing required field 'cost'")

        let object = try #require(throws: JSONError.self) {
            _ = try SeewebJSONDecoder.servers(Self.bytes(#"{"error": {"message": "x"}}"#))
        }
        #expect(object.message == "expected an array, found an object")
        let number = try #require(throws: JSONError.self) { _ = try SeewebJSONDecoder.templates(Self.bytes("[1]")) }
        #expect(number.path == "[0]")
        #expect(try SeewebJSONDecoder.servers(Self.bytes(" [ ] ")).isEmpty)
    }

    @Test("The servers CSV gathers each server's lines into one month with quoted notes intact")
    func serversCSV() throws {
        let rows = try SeewebCSVDecoder.servers(Self.bytes(SeewebSamples.serversCSV))
        #expect(rows.map(\.name) == ["ec200311", "ec200350"])
        let shop = rows[0]
        #expect(shop.notes == "shop, \"frontend\"")
        #expect(shop.group == "eg104211")
        #expect(shop.plan == "ECS4")
        #expect(shop.year == 2026 && shop.month == 3)
        #expect(shop.deletionDate == nil)
        #expect(shop.billedHours == Amount(744))
        #expect(shop.cost == Amount("45.28")!)
        #expect(shop.originalCost == Amount("50.59")!)
        #expect(shop.reservedDiscounts.map(\.plan) == ["28", "24"])
        #expect(shop.reservedDiscounts.map(\.hours) == [Amount(25), Amount(719)])
        #expect(shop.reservedDiscounts[1].endDate == "2026-06-02T10:00:00.000001+00:00")
        #expect(shop.reservedDiscounts[1].reduction == Amount("4.89")!)
        #expect(shop.roundingDifference == .zero)
        #expect(shop.cost + shop.totalReduction == shop.originalCost)
        let stopped = rows[1]
        #expect(stopped.group == nil && stopped.notes == nil)
        #expect(stopped.offlineHours == Amount(50))
        #expect(stopped.offlineDiscountPercent == Amount(20))
        #expect(stopped.offlineReduction == Amount("0.17")!)
        #expect(stopped.partsTotal == stopped.cost)

        let lineFeedsOnly = SeewebSamples.serversCSV.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(try SeewebCSVDecoder.servers(Self.bytes(lineFeedsOnly)) == rows)
        #expect(try SeewebCSVDecoder.servers([]).isEmpty)
    }

    @Test("The templates CSV decodes each line, unknown columns ignored")
    func templatesCSV() throws {
        let rows = try SeewebCSVDecoder.templates(Self.bytes(SeewebSamples.templatesCSV))
        #expect(rows.map(\.cost) == [Amount(2), Amount("3.5")!])
        #expect(rows[1].notes == "golden, debian")
        #expect(rows[0].notes == nil)
        #expect(rows[1].deletionDate == "2026-03-10T00:00:00.0+00:00")
        let extra = SeewebSamples.templatesCSV.replacingOccurrences(of: "cost\r\n", with: "cost,region\r\n")
            .replacingOccurrences(of: ",2\r\n", with: ",2,it-fr2\r\n").replacingOccurrences(
                of: ",3.5\r\n", with: ",3.5,\r\n")
        #expect(try SeewebCSVDecoder.templates(Self.bytes(extra)) == rows)
    }

    @Test(
        "CSV errors name the line and column",
        arguments: [
            ("online,0,0.0,", "online,0,zero,", 2, "price", "expected a decimal number"),
            ("offline,50,0.68", "idle,50,0.68", 7, "part", "expected online, offline or reserved"),
            (
                "ECS1,,,Stopped,2026-01-05T08:00:00.5+00:00,,700,11.73,11.9,offline",
                "ECS1,,,Stopped,2026-01-05T08:00:00.5+00:00,,700,11.74,11.9,offline", 7, "cost",
                "differs from an earlier line of the same server"
            ),
            ("28,2025-03-02", ",2025-03-02", 4, "reserved_plan", "a value is required"),
        ])
    func csvErrors(replace: String, with replacement: String, line: Int, column: String, message: String) throws {
        let text = SeewebSamples.serversCSV.replacingOccurrences(of: replace, with: replacement)
        #expect(text != SeewebSamples.serversCSV)
        let error = try #require(throws: SeewebCSVError.self) { _ = try SeewebCSVDecoder.servers(Self.bytes(text)) }
        #expect(error == SeewebCSVError(line: line, column: column, message: message))
    }

    @Test("Malformed CSV is refused with the line of the problem")
    func malformedCSV() throws {
        let header = "year,month,name,notes,status,creation_date,deletion_date,cost\r\n"
        let cases: [(String, Int, String)] = [
            (
                header + "2026,3,ei1,\"open,Created,,,2\r\n", 2,
                "a quoted field is not closed before the end of the answer"
            ),
            (header + "2026,3,ei1,a\"b,Created,,,2\r\n", 2, "a quote inside an unquoted field"),
            (header + "2026,3,ei1,\"a\"b,Created,,,2\r\n", 2, "text after the closing quote of a field"),
            (header + "2026,3,ei1,x,Created,,\r,2\r\n", 2, "a carriage return not followed by a line feed"),
            (header + "2026,3,ei1,x,Created,,2\r\n", 2, "7 fields where the header has 8"),
            (
                header + "\r\n2026,3,ei1,x,Created,,,2\r\n2026,3,ei2,\"multi\nline\",Created,,,2\r\n2026,3\r\n", 6,
                "2 fields where the header has 8"
            ),
        ]
        for (text, line, message) in cases {
            let error = try #require(throws: SeewebCSVError.self) {
                _ = try SeewebCSVDecoder.templates(Self.bytes(text))
            }
            #expect(error.line == line, "\(message)")
            #expect(error.message == message)
        }
        var invalidUTF8 = Self.bytes(header + "2026,3,ei1,")
        invalidUTF8 += [0xC3, 0x28] + Self.bytes(",Created,,,2\r\n")
        let utf8Error = try #require(throws: SeewebCSVError.self) { _ = try SeewebCSVDecoder.templates(invalidUTF8) }
        #expect(utf8Error.message == "field 4 is not valid UTF-8")
    }
}

/// Money that Seeweb's API prints as binary floats.
@Suite("Seeweb JSON: money as binary floats")
struct SeewebFloatMoneyTests {
    @Test("Float texts in every money field decode to the same cents as the documented sample")
    func floatTextsRoundToTheCent() throws {
        var text = SeewebSamples.servers
        for (exact, float) in [
            ("\"cost\": 2.64", "\"cost\": 2.6399999999999997"),
            ("\"online_price\": 0.02", "\"online_price\": \"0.019999999999999997\""),
            ("\"reserved_price\": 2.62", "\"reserved_price\": 2.6200000000001"),
            ("\"reserved_reduction\": 0.46", "\"reserved_reduction\": 0.45999999999999996"),
            ("\"original_cost\": 3.09", "\"original_cost\": 3.0900000000000003"),
        ] {
            #expect(text.contains(exact))
            text = text.replacingOccurrences(of: exact, with: float)
        }
        let decoded = try SeewebJSONDecoder.servers(Array(text.utf8))
        #expect(decoded == (try SeewebJSONDecoder.servers(Array(SeewebSamples.servers.utf8))))
        #expect(decoded.first?.roundingDifference == .zero)
        let template = SeewebSamples.templates.replacingOccurrences(
            of: "\"cost\": 2,", with: "\"cost\": 1.9999999999999998,")
        #expect(try SeewebJSONDecoder.templates(Array(template.utf8)).map(\.cost) == [Amount(2)])
    }

    @Test("A value further from its cent than float noise is still rounded, with a warning naming where")
    func subCentValuesAreReported() throws {
        var warnings: [String] = []
        let noisy = SeewebSamples.servers.replacingOccurrences(
            of: "\"cost\": 2.64", with: "\"cost\": 2.6399999999999997")
        _ = try SeewebJSONDecoder.servers(Array(noisy.utf8)) { warnings.append($0) }
        #expect(warnings.isEmpty)
        let text = SeewebSamples.servers.replacingOccurrences(
            of: "\"online_price\": 0.02", with: "\"online_price\": 0.0234")
        let rows = try SeewebJSONDecoder.servers(Array(text.utf8)) { warnings.append($0) }
        #expect(rows.first?.onlinePrice == Amount("0.02")!)
        #expect(
            warnings == [
                "JSON [0].summary.online_price: '0.0234' has digits below the cent and is counted as 0.02 "
                    + "(Seeweb is taken to bill whole cents)"
            ])
    }

    @Test("Half a cent rounds away from zero; anything below half a cent rounds down")
    func halfCents() throws {
        let rows = try SeewebJSONDecoder.templates(
            Array(#"[{"name":"a","cost":0.005},{"name":"b","cost":0.0049999999999999},{"name":"c","cost":1.125}]"#.utf8)
        )
        #expect(rows.map(\.cost) == [Amount("0.01")!, .zero, Amount("1.13")!])
    }
}
