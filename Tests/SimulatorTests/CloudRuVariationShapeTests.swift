import CostCore
import Foundation
import Simulator
import Testing

/// What the simulated Cloud.ru API serves under each Cloud.ru variation, over raw HTTP.
@Suite("Cloud.ru simulator: variations serve the documented alternatives")
struct CloudRuVariationShapeTests {
    static func withVariations<T>(
        _ variations: Set<SimulatorVariation>, _ body: (RunningSimulator, String) async throws -> T
    ) async throws -> T {
        try await CloudRuFixture.withSimulator(
            SimulatorConfiguration(port: 0, seed: 42, now: CloudRuFixture.now, variations: variations)
        ) { simulator in
            try await body(simulator, try await CloudRuFixture.token(simulator))
        }
    }

    static func usedates(_ simulator: RunningSimulator, token: String, start: String, end: String) async throws
        -> Set<String>
    {
        let path = CloudRuFixture.path(agreement: simulator.cloudRu.agreementID, start: start, end: end)
        let reply = try await CloudRuFixture.get(
            simulator, path + "&page_filter.page=1&page_filter.limit=30000", bearer: token)
        #expect(reply.status == 200)
        return Set(try CloudRuPage(reply).rows.map(\.usedate))
    }

    @Test("By default end_date's day is included; cloudru-exclusive-end leaves it out")
    func endDate() async throws {
        for exclusive in [false, true] {
            let days = try await Self.withVariations(exclusive ? [.cloudRuExclusiveEnd] : []) { simulator, token in
                try await Self.usedates(
                    simulator, token: token, start: "2026-03-10T00:00:00Z", end: "2026-03-12T00:00:00Z")
            }
            var expected: Set = ["2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z"]
            if !exclusive { expected.insert("2026-03-12T00:00:00Z") }
            #expect(days == expected)
        }
    }

    @Test("cloudru-zone-midnight stamps each day at the Moscow midnight that starts it, and filters by that instant")
    func zoneMidnight() async throws {
        let days = try await Self.withVariations([.cloudRuZoneMidnight]) { simulator, token in
            try await Self.usedates(simulator, token: token, start: "2026-03-10T21:00:00Z", end: "2026-03-11T21:00:00Z")
        }
        // 11 and 12 March, Moscow time.
        #expect(days == ["2026-03-10T21:00:00Z", "2026-03-11T21:00:00Z"])
    }

    @Test("cloudru-failed-consumption refuses periods over 10 days and pages over 5 000 rows, as documented")
    func failedConsumption() async throws {
        try await Self.withVariations([.cloudRuFailedConsumption]) { simulator, token in
            let agreement = simulator.cloudRu.agreementID
            func status(_ start: String, _ end: String, limit: Int) async throws -> (Int, String) {
                let path = CloudRuFixture.path(agreement: agreement, start: start, end: end)
                let reply = try await CloudRuFixture.get(
                    simulator, path + "&page_filter.page=1&page_filter.limit=\(limit)", bearer: token)
                return (reply.status, reply.status == 200 ? "" : try CloudRuFixture.message(reply))
            }
            let wide = try await status("2026-03-01T00:00:00Z", "2026-03-12T00:00:00Z", limit: 1_000)
            #expect(wide == (500, "failed to get consumption"))
            #expect(try await status("2026-03-02T00:00:00Z", "2026-03-12T00:00:00Z", limit: 1_000).0 == 200)
            let big = try await status("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", limit: 5_001)
            #expect(big == (500, "failed to get consumption"))
            #expect(try await status("2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", limit: 5_000).0 == 200)
        }
    }

    @Test("cloudru-short-pages serves v1 pages a tenth short while rows remain; all rows still come once")
    func shortPages() async throws {
        try await Self.withVariations([.cloudRuShortPages]) { simulator, token in
            let path = CloudRuFixture.path(
                agreement: simulator.cloudRu.agreementID, start: "2026-03-12T00:00:00Z", end: "2026-03-13T00:00:00Z")
            var pages: [CloudRuPage] = []
            repeat {
                let reply = try await CloudRuFixture.get(
                    simulator, path + "&page_filter.page=\(pages.count + 1)&page_filter.limit=500", bearer: token)
                pages.append(try CloudRuPage(reply))
            } while !(pages.last?.rows.isEmpty ?? true) && pages.count < 200
            #expect(pages.count > 2)
            #expect(pages.dropLast(2).allSatisfy { $0.rows.count == 450 })
            let from = CloudRuFixture.day(2026, 3, 12)
            let to = CloudRuFixture.day(2026, 3, 14)
            #expect(pages.reduce(0) { $0 + $1.rows.count } == simulator.cloudRu.rowCount(from: from, to: to))
            #expect(
                pages.flatMap(\.numbers).reduce(Amount.zero) { $0 + $1.amountWithVAT }
                    == simulator.cloudRu.totalAmountWithVAT(from: from, to: to))
        }
    }

    @Test("cloudru-v1-only answers 404 on the v2 path, before looking at the token; v1 still answers")
    func v1Only() async throws {
        try await Self.withVariations([.cloudRuV1Only]) { simulator, token in
            let v2 = CloudRuFixture.path(
                2, agreement: simulator.cloudRu.agreementID, start: "2026-03-10T00:00:00Z", end: "2026-03-11T00:00:00Z")
            #expect(try await CloudRuFixture.get(simulator, v2, bearer: token).status == 404)
            #expect(try await CloudRuFixture.get(simulator, v2, bearer: nil).status == 404)
            let days = try await Self.usedates(
                simulator, token: token, start: "2026-03-10T00:00:00Z", end: "2026-03-11T00:00:00Z")
            #expect(!days.isEmpty)
        }
    }

    @Test("cloudru-odd-fields serves odd usefact, unit and meta values and the same money")
    func oddFields() async throws {
        try await Self.withVariations([.cloudRuOddFields]) { simulator, token in
            let path = CloudRuFixture.path(
                agreement: simulator.cloudRu.agreementID, start: "2026-03-12T00:00:00Z", end: "2026-03-12T00:00:00Z")
            let reply = try await CloudRuFixture.get(
                simulator, path + "&page_filter.page=1&page_filter.limit=30000", bearer: token)
            #expect(reply.status == 200)
            #expect(reply.text.contains(#""usefact":"n/a""#))
            #expect(reply.text.contains(#""unit":{"name":"#))
            #expect(reply.text.contains(#""meta":{"labels":{"team":"core"}"#))
            let money = CloudRuNumberScanner.scan(reply.body, keys: ["amount_nds"])["amount_nds", default: []]
            let day = CloudRuFixture.day(2026, 3, 12)
            #expect(
                money.reduce(Amount.zero) { $0 + (Amount($1) ?? .zero) }
                    == simulator.cloudRu.totalAmountWithVAT(from: day, to: day.addingTimeInterval(86_400)))
        }
    }
}
