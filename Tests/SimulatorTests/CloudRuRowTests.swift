import CostCore
import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: row fields, money and rates")
struct CloudRuRowTests {
    static let v1Keys: Set<String> = [
        "dog_id", "dmid", "sku", "servname", "resource_id", "resource_name", "usedate", "amount", "amount_nds", "cost",
        "unit", "usefact", "platform", "meta",
    ]

    @Test("Rows carry exactly the documented fields (v2 adds encode_id, updated_dt, is_delete)")
    func fields() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.cloudRu
            let token = try await CloudRuFixture.token(simulator)
            for version in [1, 2] {
                let path = CloudRuFixture.path(
                    version, agreement: dataset.agreementID, start: "2026-03-14T00:00:00Z", end: "2026-03-14T00:00:00Z",
                    extra: version == 1 ? [] : [("page_filter.page_size", "25000")])
                let reply = try await CloudRuFixture.get(simulator, path, bearer: token)
                let rows = try #require(try reply.object()["consumptions"] as? [[String: Any]])
                #expect(rows.count > 1_000, "Foundation Models alone has over a thousand rows a day")
                let expectedKeys =
                    version == 1 ? Self.v1Keys : Self.v1Keys.union(["encode_id", "updated_dt", "is_delete"])
                #expect(rows.allSatisfy { Set($0.keys) == expectedKeys })
                let page = try CloudRuPage(reply)
                #expect(
                    page.rows.allSatisfy { $0.dog_id == dataset.contractID && $0.usedate == "2026-03-14T00:00:00Z" })
                #expect(page.rows.allSatisfy { dataset.resource(id: $0.resource_id)?.dmid == $0.dmid })
                #expect(Set(page.rows.map(\.platform)) == ["Evolution", "VMware"])
                #expect(page.rows.contains { $0.meta["model"] != nil })
                if version == 2 {
                    for row in page.rows {
                        let updated = try #require(row.updated_dt)
                        #expect(updated.hasSuffix("Z") && updated.prefix(19) >= "2026-03-15T01:00:00", "\(updated)")
                        #expect(row.encode_id?.count == 32)
                    }
                }
            }
        }
    }

    @Test("Money and quantities are exact decimals with at most six places, never exponents")
    func exactDecimalText() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let path = CloudRuFixture.path(
                agreement: simulator.cloudRu.agreementID, start: "2026-03-01T00:00:00Z", end: "2026-03-05T00:00:00Z",
                extra: [("page_filter.page", "1"), ("page_filter.limit", "30000")])
            let reply = try await CloudRuFixture.get(simulator, path, bearer: token)
            let texts = CloudRuNumberScanner.scan(reply.body, keys: ["amount", "amount_nds", "cost", "usefact"])
            let all = texts.values.flatMap { $0 }
            #expect(all.count > 20_000)
            let allowed = Set("0123456789.")
            #expect(all.allSatisfy { $0.allSatisfy(allowed.contains) })
            #expect(all.allSatisfy { ($0.split(separator: ".").dropFirst().first?.count ?? 0) <= 6 })
            #expect(all.allSatisfy { !$0.hasSuffix(".") && !($0.contains(".") && $0.hasSuffix("0")) })
            #expect(texts["amount"]?.contains { $0.split(separator: ".").last?.count == 6 } == true)
        }
    }

    @Test("amount_nds is amount plus VAT rounded to six places: 20 % in 2025, 22 % from 2026")
    func vat() async throws {
        let configuration = SimulatorConfiguration(now: CloudRuFixture.day(2026, 1, 20).addingTimeInterval(3600 * 6))
        try await CloudRuFixture.withSimulator(configuration) { simulator in
            let dataset = simulator.cloudRu
            #expect(dataset.vatPercent(on: CloudRuFixture.day(2025, 12, 31)) == 20)
            #expect(dataset.vatPercent(on: CloudRuFixture.day(2026, 1, 1)) == 22)
            let token = try await CloudRuFixture.token(simulator)
            let path = CloudRuFixture.path(
                agreement: dataset.agreementID,
                services: ["Виртуальные машины", "Объектное хранилище", "Foundation Models"],
                start: "2025-12-30T00:00:00Z", end: "2026-01-02T00:00:00Z",
                extra: [("page_filter.page", "1"), ("page_filter.limit", "30000")])
            let page = try CloudRuPage(try await CloudRuFixture.get(simulator, path, bearer: token))
            #expect(Set(page.rows.map(\.usedate)).count == 4)
            var roundedRows = 0
            for (row, numbers) in zip(page.rows, page.numbers) {
                let percent = row.usedate < "2026-01-01" ? 20 : 22
                let exact = Amount(units: numbers.amount.units * Int128(100 + percent) / 100)
                #expect(numbers.amountWithVAT == exact.rounded(toPlaces: 6), "\(row.usedate) \(numbers)")
                if exact != numbers.amountWithVAT { roundedRows += 1 }
            }
            #expect(roundedRows > 0, "some rows need rounding to six places")
        }
    }

    @Test("cost is the SKU's tariff: amount = usefact × cost to the micro-rouble, and summing cost is wrong")
    func costIsARate() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.cloudRu
            let token = try await CloudRuFixture.token(simulator)
            let path = CloudRuFixture.path(
                agreement: dataset.agreementID, start: "2026-03-10T00:00:00Z", end: "2026-03-11T00:00:00Z")
            let page = try CloudRuPage(try await CloudRuFixture.get(simulator, path, bearer: token))
            let rates = Dictionary(uniqueKeysWithValues: dataset.skus.map { ($0.id, $0.rate) })
            let halfMicro: Int128 = 500_000
            for (row, numbers) in zip(page.rows, page.numbers) {
                #expect(numbers.cost == rates[row.sku], "\(row.sku)")
                let product = numbers.usefact.units * numbers.cost.units / 1_000_000_000_000
                let difference = numbers.amount.units - product
                #expect(difference <= halfMicro && difference >= -halfMicro, "\(row.sku) \(numbers)")
            }
            let gpu = try #require(zip(page.rows, page.numbers).first { $0.0.sku == "evolution.compute.gpu.a100" })
            #expect(gpu.1.cost == Amount(minorUnits: 1275, decimals: 1))
            #expect(gpu.1.amount > Amount(units: gpu.1.cost.units * 20), "a day of GPU costs far more than its rate")
            let costSum = page.numbers.reduce(Amount.zero) { $0 + $1.cost }
            #expect(costSum != page.liveAmount)
        }
    }
}
