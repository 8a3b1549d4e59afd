import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: authentication")
struct SelectelAuthTests {
    static let projectsPath = "/v1/cloud_billing/statistic/projects?provider_keys=vpc"

    @Test("A request without X-Token gets 401 with a JSON error")
    func missingToken() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(simulator, Self.projectsPath, token: nil)
            #expect(reply.status == 401)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let body = try reply.object()
            #expect(body["status"] as? String == "error")
            #expect((body["error"] as? [String: Any])?["code"] as? Int == 401)
            #expect(try reply.errorMessage().contains("X-Token"))
        }
    }

    @Test("A wrong X-Token gets 401 and is not echoed back")
    func wrongToken() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let secret = "wrong-token-8d1f3c"
            let reply = try await get(simulator, Self.projectsPath, token: secret)
            #expect(reply.status == 401)
            #expect(try reply.object()["status"] as? String == "error")
            #expect(!reply.text.contains(secret))
        }
    }

    @Test("Every endpoint, including consumption and balances, is protected")
    func allEndpointsProtected() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let paths = [
                "/v1/cloud_billing/statistic/objects?provider_keys=vpc",
                consumptionPath(start: "2026-03-01T00:00:00", end: "2026-03-01T23:00:00"),
                consumptionPath(start: "2026-03-01T00:00:00", end: "2026-03-01T23:00:00", endpoint: "summary_stats")
                    + "&items_count_period_group_type=day",
                "/v3/balances",
            ]
            for path in paths {
                let denied = try await get(simulator, path, token: "nope")
                #expect(denied.status == 401, "\(path)")
                let allowed = try await get(simulator, path)
                #expect(allowed.status == 200, "\(path)")
            }
        }
    }

    @Test("Balances carry the currency under data.settings and kopeck balances")
    func balances() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(simulator, "/v3/balances")
            #expect(reply.status == 200)
            let data = try #require(try reply.object()["data"] as? [String: Any])
            let settings = try #require(data["settings"] as? [String: Any])
            #expect(settings["currency"] as? String == "rub")
            let balances = try #require(data["balances"] as? [[String: Any]])
            let main = try #require(balances.first { $0["type"] as? String == "main" })
            #expect((main["value"] as? NSNumber)?.int64Value == simulator.selectel.mainBalanceKopecks)
        }
    }
}
