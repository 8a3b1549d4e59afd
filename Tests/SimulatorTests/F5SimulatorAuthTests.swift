import Foundation
import Simulator
import Testing

@Suite("F5 simulator: APIToken authentication and error shape")
struct F5SimulatorAuthTests {
    static let paths = [
        F5SimulatorFixture.usageSummaryPath, F5SimulatorFixture.currentUsagePath,
        F5SimulatorFixture.monthlyUsagePath,
    ]

    @Test("Every billing call answers 200 with the right APIToken", arguments: paths)
    func acceptsTheToken(path: String) async throws {
        try await F5SimulatorFixture.withSimulator { simulator in
            let reply = try await F5SimulatorFixture.post(simulator, path)
            #expect(reply.status == 200)
            #expect(!(try reply.object()).isEmpty)
        }
    }

    @Test(
        "A missing header, another scheme or an unknown token is 401 in F5's error shape, never echoed",
        arguments: [
            nil, "Bearer \(SimulatorCredentials.f5Token)", "APIToken wrong-token-5d1e",
            SimulatorCredentials.f5Token,
        ])
    func rejectsOtherCredentials(authorization: String?) async throws {
        try await F5SimulatorFixture.withSimulator { simulator in
            for path in Self.paths {
                let reply = try await F5SimulatorFixture.post(simulator, path, authorization: authorization)
                #expect(reply.status == 401)
                let body = try reply.object()
                #expect(Set(body.keys) == ["code", "message"])
                #expect(body["code"] as? Int == 16)
                #expect(!(body["message"] as? String ?? "").isEmpty)
                #expect(!reply.text.contains("wrong-token-5d1e"))
                #expect(!reply.text.contains(SimulatorCredentials.f5Token))
            }
        }
    }

    @Test("The scheme name is case-insensitive, as HTTP auth schemes are")
    func schemeIsCaseInsensitive() async throws {
        try await F5SimulatorFixture.withSimulator { simulator in
            let reply = try await F5SimulatorFixture.post(
                simulator, F5SimulatorFixture.monthlyUsagePath,
                authorization: "apitoken \(SimulatorCredentials.f5Token)")
            #expect(reply.status == 200)
        }
    }

    @Test("A token without billing permission is 403 with gRPC code 7", arguments: paths)
    func noBillingPermission(path: String) async throws {
        try await F5SimulatorFixture.withSimulator { simulator in
            let reply = try await F5SimulatorFixture.post(
                simulator, path, authorization: "APIToken \(SimulatorCredentials.f5NoBillingToken)")
            #expect(reply.status == 403)
            #expect(try reply.object()["code"] as? Int == 7)
            #expect(!reply.text.contains(SimulatorCredentials.f5NoBillingToken))
        }
    }

    @Test("Another namespace is not a billing endpoint: 404")
    func otherNamespace() async throws {
        try await F5SimulatorFixture.withSimulator { simulator in
            let reply = try await F5SimulatorFixture.post(
                simulator, "/api/data/namespaces/default/billing/usage_summary")
            #expect(reply.status == 404)
        }
    }

    @Test("The banner names the tenant console, the token and a working example path")
    func banner() async throws {
        try await F5SimulatorFixture.withSimulator { simulator in
            let banner = simulator.banner
            #expect(banner.contains("F5 Distributed Cloud"))
            #expect(banner.contains("https://\(simulator.f5.tenant).console.ves.volterra.io"))
            #expect(banner.contains("APIToken \(simulator.f5.token)"))
            #expect(simulator.f5.token == SimulatorCredentials.f5Token)
            #expect(banner.contains(simulator.baseURL + F5SimulatorFixture.usageSummaryPath))
        }
    }
}
