import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: variations")
struct SelectelSimulatorVariationTests {
    static let start = "2026-03-01T00:00:00"
    static let end = "2026-03-02T23:00:00"

    @Test("documented-groups refuses the undocumented group types in Selectel's error shape only")
    func documentedGroupsOnly() async throws {
        try await SimulatorFixture.withSimulator(variations: [.selectelDocumentedGroupsOnly]) { simulator in
            for groupType in ["project_object_region_metric", "object_metric"] {
                let reply = try await get(
                    simulator, consumptionPath(start: Self.start, end: Self.end, groupType: groupType))
                #expect(reply.status == 400)
                let body = try reply.object()
                #expect(body["status"] as? String == "error")
                #expect((body["error"] as? [String: Any])?["code"] as? Int == 400)
                #expect(try reply.errorMessage().contains("'group_type'"))
            }
            for groupType in ["project", "object", "metric", "project_metric", "region_metric"] {
                let reply = try await get(
                    simulator, consumptionPath(start: Self.start, end: Self.end, groupType: groupType))
                #expect(reply.status == 200, "\(groupType)")
            }
        }
    }

    @Test("no-balances answers /v3/balances with an error while statistics work")
    func noBalances() async throws {
        try await SimulatorFixture.withSimulator(variations: [.selectelNoBalances]) { simulator in
            let reply = try await get(simulator, "/v3/balances")
            #expect(reply.status == 404)
            #expect(try reply.object()["status"] as? String == "error")
            #expect(try await get(simulator, consumptionPath(start: Self.start, end: Self.end)).status == 200)
        }
    }

    @Test("extra-keys bills some objects under extra keys: the same total, other service names")
    func extraKeys() async throws {
        let plain = try await SimulatorFixture.withSimulator { simulator in simulator.selectel }
        try await SimulatorFixture.withSimulator(variations: [.selectelExtraKeys]) { simulator in
            let dataset = simulator.selectel
            let from = SimulatorFixture.moscowDate(2026, 3, 1)
            let to = SimulatorFixture.moscowDate(2026, 3, 3)
            #expect(dataset.totalKopecks(from: from, to: to) == plain.totalKopecks(from: from, to: to))
            for key in SelectelDataset.extraProviderKeys {
                #expect(dataset.totalKopecks(from: from, to: to, providerKeys: [key]) > 0, "\(key)")
                let reply = try await get(
                    simulator, consumptionPath(keys: [key], start: Self.start, end: Self.end, groupType: "object"))
                let rows = try reply.decode(StatisticsEnvelope.self).data
                #expect(
                    rows.reduce(0) { $0 + $1.value } == dataset.totalKopecks(from: from, to: to, providerKeys: [key]))
                #expect(rows.allSatisfy { $0.provider_key == key })
            }
        }
    }

    @Test("Without provider_keys every service is answered, unless the filter is required")
    func unfilteredRequests() async throws {
        let path =
            "/v1/cloud_billing/statistic/consumption?start=\(Self.start)&end=\(Self.end)"
            + "&locale=en&group_type=project&period_group_type=day"
        try await SimulatorFixture.withSimulator { simulator in
            let rows = try await get(simulator, path).decode(StatisticsEnvelope.self).data
            let total = simulator.selectel.totalKopecks(
                from: SimulatorFixture.moscowDate(2026, 3, 1), to: SimulatorFixture.moscowDate(2026, 3, 3))
            #expect(rows.reduce(0) { $0 + $1.value } == total)
        }
        try await SimulatorFixture.withSimulator(variations: [.selectelRequiredKeys]) { simulator in
            let reply = try await get(simulator, path)
            #expect(reply.status == 400)
            #expect(try reply.errorMessage().contains("'provider_keys'"))
        }
    }

    @Test("period-suffix writes the same instants with Z, +03:00 or fractional seconds")
    func periodSuffix() async throws {
        let path = consumptionPath(start: Self.start, end: "2026-03-03T23:00:00", groupType: "project", period: "day")
        let plain = try await SimulatorFixture.withSimulator { simulator in
            try await get(simulator, path).decode(StatisticsEnvelope.self).data
        }
        try await SimulatorFixture.withSimulator(variations: [.selectelPeriodSuffix]) { simulator in
            let rows = try await get(simulator, path).decode(StatisticsEnvelope.self).data
            #expect(rows.map(\.value) == plain.map(\.value))
            let periods = Set(rows.map(\.period))
            #expect(periods == ["2026-02-28T21:00:00Z", "2026-03-02T00:00:00+03:00", "2026-03-03T00:00:00.000000"])
        }
    }

    @Test("An IAM token in X-Auth-Token is accepted like the static key")
    func xAuthToken() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path = "/v1/cloud_billing/statistic/projects?provider_keys=vpc"
            let iam = try await get(
                simulator, path, token: nil, headers: ["X-Auth-Token": SimulatorCredentials.selectelToken])
            #expect(iam.status == 200)
            let wrong = try await get(simulator, path, token: nil, headers: ["X-Auth-Token": "expired-iam-42"])
            #expect(wrong.status == 401)
            #expect(try wrong.errorMessage().contains("X-Auth-Token"))
            #expect(!wrong.text.contains("expired-iam-42"))
        }
    }
}
