import CostCore
import Foundation
import Providers
import Testing

/// Decoding Cloud.ru consumption pages: the seed's sample, restatements, and hostile input.
@Suite("Cloud.ru consumption decoding")
struct CloudRuDecodingTests {
    /// The response sample from Cloud.ru's documentation page, verbatim.
    static let seedSample = """
        {
          "consumptions": [
            {
              "dog_id": "string",
              "dmid": 0,
              "sku": "string",
              "servname": "string",
              "resource_id": "string",
              "resource_name": "string",
              "usedate": "2024-08-14T07:50:48.912Z",
              "amount": 0,
              "amount_nds": 0,
              "cost": 0,
              "unit": "string",
              "usefact": 0,
              "platform": "string",
              "meta": {
                "additionalProp1": "string",
                "additionalProp2": "string",
                "additionalProp3": "string"
             }
            }
          ]
        }
        """

    static let realisticPage = """
        {"consumptions":[
          {"dog_id":"1068092","dmid":828772,"sku":"evolution.compute.vcpu","servname":"Виртуальные машины",
           "resource_id":"5ca6db67","resource_name":"web-01","usedate":"2026-11-18T00:00:00Z",
           "amount":55.68,"amount_nds":67.9296,"cost":0.58,"unit":"vCPU*ч","usefact":96,"platform":"Evolution",
           "meta":{"availability_zone":"ru.AZ-1","flavor":"gen-3-4-8"},
           "encode_id":"ce7f","updated_dt":"2026-11-19T03:00:58.529Z","is_delete":false,"new_field":{"x":[1]}},
          {"dog_id":"1068092","dmid":828772,"sku":"evolution.disk.ssd","servname":"Диски \\u0026 тома",
           "resource_id":null,"resource_name":"web-01-disk","usedate":"2026-11-18T00:00:00+03:00",
           "amount":1.5e1,"amount_nds":"18.00","cost":null,"unit":"ГБ*ч","usefact":1200,"platform":"Evolution",
           "meta":null}
        ],"next_page_token":"abc"}
        """

    @Test func theSeedSampleDecodes() throws {
        let page = try CloudRuConsumptionPage.decode(Array(Self.seedSample.utf8))
        #expect(page.rows.count == 1)
        let row = try #require(page.rows.first)
        #expect(row.agreement == "string")
        #expect(row.dmid == "0")
        #expect(row.sku == "string")
        #expect(row.amount == .zero)
        #expect(row.tariff == .zero)
        #expect(row.useDate == RFC3339.instant("2024-08-14T07:50:48.912Z"))
        #expect(page.nextPageToken == nil)
    }

    @Test func realisticRowsDecodeExactlyAndHonourOffsets() throws {
        let page = try CloudRuConsumptionPage.decode(Array(Self.realisticPage.utf8))
        #expect(page.rows.count == 2)
        #expect(page.nextPageToken == "abc")
        let first = page.rows[0]
        #expect(first.amount == Amount("55.68"))
        #expect(first.amountWithVAT == Amount("67.9296"))
        #expect(first.tariff == Amount("0.58"))
        #expect(first.quantity == Amount("96"))
        #expect(first.availabilityZone == "ru.AZ-1")
        #expect(first.encodeID == "ce7f")
        #expect(first.isDeleted == false)
        let second = page.rows[1]
        #expect(second.serviceName == "Диски & тома")
        #expect(second.amount == Amount("15"))
        #expect(second.amountWithVAT == Amount("18"))
        #expect(second.tariff == nil)
        #expect(second.resourceID == nil)
        // Midnight in UTC+3 is 21:00 the day before in UTC.
        #expect(second.useDate == CivilDateTime(parsing: "2026-11-17T21:00:00")!.date(utcOffsetSeconds: 0))
    }

    @Test func missingMoneyIsAnErrorNamingTheField() {
        let body = #"{"consumptions":[{"sku":"a","servname":"b","usedate":"2026-11-18T00:00:00Z","amount_nds":1}]}"#
        #expect {
            try CloudRuConsumptionPage.decode(Array(body.utf8))
        } throws: { error in
            (error as? JSONError)?.message.contains("'amount'") == true
        }
    }

    @Test func aTextAmountThatIsNotANumberIsRefused() {
        let body =
            #"{"consumptions":[{"sku":"a","servname":"b","usedate":"2026-11-18T00:00:00Z","amount":"12,5","amount_nds":1}]}"#
        #expect(throws: JSONError.self) { try CloudRuConsumptionPage.decode(Array(body.utf8)) }
    }

    @Test func aBadDateIsRefusedWithItsText() {
        let body = #"{"consumptions":[{"sku":"a","servname":"b","usedate":"18.11.2026","amount":1,"amount_nds":1}]}"#
        #expect {
            try CloudRuConsumptionPage.decode(Array(body.utf8))
        } throws: { error in
            (error as? JSONError)?.message.contains("18.11.2026") == true
        }
    }

    @Test func restatementsReplaceEarlierVersionsAndDeletionsRemoveRows() {
        func row(_ key: String?, _ amount: String, updated: String, deleted: Bool = false) -> CloudRuConsumptionRow {
            CloudRuConsumptionRow(
                sku: "s", serviceName: "v", useDate: Date(timeIntervalSince1970: 0), amount: Amount(amount)!,
                amountWithVAT: Amount(amount)!, encodeID: key, updatedAt: RFC3339.instant(updated), isDeleted: deleted)
        }
        let rows = [
            row("a", "1", updated: "2026-11-02T00:00:00Z"),
            row("b", "2", updated: "2026-11-02T00:00:00Z"),
            row("a", "1.5", updated: "2026-11-05T00:00:00Z"),
            row("a", "9", updated: "2026-11-03T00:00:00Z"),
            row("b", "2", updated: "2026-11-06T00:00:00Z", deleted: true),
            row(nil, "4", updated: "2026-11-02T00:00:00Z"),
            row(nil, "4", updated: "2026-11-02T00:00:00Z"),
        ]
        let kept = CloudRuClient.upserted(rows)
        #expect(kept.map(\.amount) == [Amount("1.5")!, Amount("4")!, Amount("4")!])
        #expect(kept.map(\.encodeID) == ["a", nil, nil])
    }

    @Test func thousandsOfRandomAndTruncatedBodiesNeverCrash() {
        var random = JSONTestRandom(seed: 0xC10D_2026)
        let seeds = [Array(Self.seedSample.utf8), Array(Self.realisticPage.utf8)]
        var decoded = 0
        var refused = 0
        for round in 0..<4_000 {
            var body = seeds[round % seeds.count]
            switch round % 4 {
            case 0:
                body = Array(body.prefix(random.below(body.count)))
            case 1:
                for _ in 0..<(1 + random.below(4)) {
                    body[random.below(body.count)] = UInt8(truncatingIfNeeded: random.next())
                }
            case 2:
                let position = random.below(body.count)
                body.insert(
                    contentsOf: random.pick([
                        Array("{".utf8), Array("]".utf8), Array("\"".utf8), [0xFF], Array("1e999".utf8),
                    ]), at: position)
            default:
                body = (0..<random.below(200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            }
            do {
                _ = try CloudRuConsumptionPage.decode(body)
                decoded += 1
            } catch {
                refused += 1
            }
        }
        #expect(decoded + refused == 4_000)
        #expect(refused > 2_000)
    }
}
