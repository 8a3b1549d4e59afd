import Foundation
import Simulator
import Testing

@Suite("Seeweb simulator: token, parameters and errors")
struct SeewebRequestTests {
    static let march = SeewebMonth(year: 2026, month: 3)!

    @Test("No X-APITOKEN gets 401 in Seeweb's error shape, for servers and templates")
    func missingToken() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            for kind in ["servers", "templates"] {
                let reply = try await SeewebFixture.get(simulator, SeewebFixture.path(kind, Self.march), token: nil)
                #expect(reply.status == 401)
                #expect(reply.contentType?.hasPrefix("application/json") == true)
                #expect(Set(try reply.object().keys) == ["error"])
                let error = try SeewebFixture.error(reply)
                #expect(Set(error.keys) == ["error_code", "status", "message"])
                #expect(SeewebFixture.int(error["error_code"]) == 401)
                #expect(error["status"] as? String == "Unauthorized")
                #expect((error["message"] as? String)?.contains("X-APITOKEN") == true)
            }
        }
    }

    @Test("A wrong token, or the right one in another header, gets 401 and is never echoed")
    func wrongToken() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let wrong = "wrong-seeweb-token-5c1e"
            let path = SeewebFixture.path("servers", Self.march)
            let reply = try await SeewebFixture.get(simulator, path, token: wrong)
            #expect(reply.status == 401)
            #expect(SeewebFixture.int(try SeewebFixture.error(reply)["error_code"]) == 401)
            #expect(!reply.text.contains(wrong))
            let bearer = try await SeewebFixture.get(
                simulator, path, token: nil, headers: ["Authorization": "Bearer \(SimulatorCredentials.seewebToken)"])
            #expect(bearer.status == 401)
            #expect(!bearer.text.contains(SimulatorCredentials.seewebToken))
            let right = try await SeewebFixture.get(simulator, path)
            #expect(right.status == 200)
        }
    }

    @Test(
        "A bad year, month or type is a 400 in the same error shape",
        arguments: [
            "/ecs/v2/billing/servers/20x6/3?type=json",
            "/ecs/v2/billing/servers/26/3?type=json",
            "/ecs/v2/billing/servers/0000/3?type=json",
            "/ecs/v2/billing/servers/2026/13?type=json",
            "/ecs/v2/billing/servers/2026/0?type=json",
            "/ecs/v2/billing/servers/2026/003?type=json",
            "/ecs/v2/billing/servers/2026/-1?type=json",
            "/ecs/v2/billing/servers/2026/3?type=xml",
            "/ecs/v2/billing/templates/2026/march?type=json",
            "/ecs/v2/billing/templates/2026/3?type=",
        ])
    func badParameters(path: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await SeewebFixture.get(simulator, path)
            #expect(reply.status == 400)
            let error = try SeewebFixture.error(reply)
            #expect(SeewebFixture.int(error["error_code"]) == 400)
            #expect(error["status"] as? String == "Bad Request")
            #expect((error["message"] as? String)?.hasPrefix("Invalid") == true)
        }
    }

    @Test("Months after the current Italian month are refused with 400; the current one is served")
    func futureMonths() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            for (year, month) in [(2026, 4), (2027, 1), (2030, 12)] {
                for kind in ["servers", "templates"] {
                    let reply = try await SeewebFixture.get(simulator, "/ecs/v2/billing/\(kind)/\(year)/\(month)")
                    #expect(reply.status == 400)
                    let message = try SeewebFixture.error(reply)["message"] as? String
                    #expect(message == "Consumption is not available for future months")
                }
            }
            let current = try await SeewebFixture.get(simulator, SeewebFixture.path("servers", Self.march))
            #expect(current.status == 200)
            #expect(try !SeewebFixture.rows(current).isEmpty)
        }
    }

    @Test("In the last hour of March UTC it is already April in Rome, so April is served")
    func monthBoundaryIsItalian() async throws {
        let lateMarch = Date(timeIntervalSince1970: 1_775_000_000)  // 2026-03-31T23:33:20Z = 01:33 in Rome on 1 April
        try await SimulatorFixture.withSimulator(now: lateMarch) { simulator in
            #expect(simulator.seeweb.currentMonth == SeewebMonth(year: 2026, month: 4))
            let april = try await SeewebFixture.get(simulator, "/ecs/v2/billing/servers/2026/4?type=json")
            #expect(april.status == 200)
            #expect(try !SeewebFixture.rows(april).isEmpty)
        }
    }

    @Test("Months before the account existed are empty; a zero-padded month and a missing type are accepted")
    func emptyAndLenientRequests() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let before = simulator.seeweb.firstMonth.previous
            let json = try await SeewebFixture.get(simulator, SeewebFixture.path("servers", before))
            #expect(json.status == 200)
            #expect(json.text == "[]")
            let csv = try await SeewebFixture.get(simulator, SeewebFixture.path("templates", before, type: "csv"))
            #expect(csv.status == 200)
            #expect(csv.contentType?.hasPrefix("text/csv") == true)
            #expect(SeewebFixture.csvLines(csv).count == 1)

            let plain = try await SeewebFixture.get(simulator, "/ecs/v2/billing/servers/2026/3?type=json")
            let padded = try await SeewebFixture.get(simulator, "/ecs/v2/billing/servers/2026/03?type=json")
            let untyped = try await SeewebFixture.get(simulator, "/ecs/v2/billing/servers/2026/3")
            #expect(padded.body == plain.body)
            #expect(untyped.body == plain.body)
            #expect(untyped.contentType?.hasPrefix("application/json") == true)
            let upper = try await SeewebFixture.get(simulator, "/ecs/v2/billing/servers/2026/3?type=CSV")
            #expect(upper.contentType?.hasPrefix("text/csv") == true)
        }
    }

    @Test("Injected faults answer in Seeweb's error shape: 429 with Retry-After, and 500")
    func injectedFaults() async throws {
        for (kind, status, reason) in [
            (SimulatorFault.Kind.rateLimit, 429, "Too Many Requests"),
            (.serverError, 500, "Internal Server Error"),
        ] {
            let configuration = SimulatorConfiguration(now: SeewebFixture.now, faults: [SimulatorFault(kind)])
            let simulator = try await Simulator.start(configuration)
            do {
                let (reply, retryAfter) = try await SeewebFixture.getWithRetryAfter(
                    simulator, SeewebFixture.path("servers", Self.march))
                #expect(reply.status == status)
                let error = try SeewebFixture.error(reply)
                #expect(SeewebFixture.int(error["error_code"]) == status)
                #expect(error["status"] as? String == reason)
                #expect(retryAfter == (kind == .rateLimit ? "1" : nil))
            } catch {
                await simulator.stop()
                throw error
            }
            await simulator.stop()
        }
    }
}
