import CostCore
import Foundation
import Simulator
import Testing

/// Cloud.ru's provider fields reach a JSON export through the fetch and the cache.
@Suite("costscope export: Cloud.ru native fields")
struct CloudRuNativeExportTests {
    @Test func jsonExportCarriesPlatformAgreementConnectionTheOtherAmountAndMeta() throws {
        let result = try Binary.run([
            "export", "--demo", "--account", "cloudru-demo", "--seed", "42", "--now", "2026-11-20T12:00:00Z",
            "--range", "yesterday", "--tz", "UTC", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let records = try #require(object["records"] as? [[String: Any]])
        #expect(!records.isEmpty)
        let dataset = CloudRuDataset(
            seed: 42, now: CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0))
        for record in records {
            let native = try #require(record["native"] as? [String: String])
            #expect(native["dog_id"] == dataset.contractID)
            #expect(native["platform"]?.isEmpty == false)
            #expect(native["dmid"].flatMap(Int.init) != nil)
            #expect(native["amount_without_vat"].flatMap { Amount($0) } != nil)
            #expect(native["tariff"] != nil)
            let resource = try #require(dataset.resource(id: record["object_id"] as? String ?? ""))
            for (key, value) in resource.meta {
                #expect(native["meta." + key] == value)
            }
        }
    }
}
