import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: IAM tokens and bearer authentication")
struct CloudRuAuthTests {
    /// A small valid v1 query (one day of public IPs) for `simulator`.
    static func smallQuery(_ simulator: RunningSimulator, version: Int = 1) -> String {
        CloudRuFixture.path(
            version, agreement: simulator.cloudRu.agreementID, services: ["Привязка публичного IP адреса"],
            start: "2026-03-10T00:00:00Z", end: "2026-03-10T00:00:00Z")
    }

    @Test("The IAM endpoint issues a Bearer token valid for 3600 seconds, a new one per call")
    func issueToken() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await CloudRuFixture.postToken(simulator, keyID: SimulatorCredentials.cloudRuKeyID)
            #expect(reply.status == 200)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let body = try reply.object()
            #expect(Set(body.keys) == ["access_token", "expires_in", "token_type"])
            #expect(body["expires_in"] as? Int == 3600)
            #expect(body["token_type"] as? String == "Bearer")
            let first = try #require(body["access_token"] as? String)
            let second = try await CloudRuFixture.token(simulator)
            #expect(!first.isEmpty && first != second)
            for token in [first, second] {
                let answer = try await CloudRuFixture.get(simulator, Self.smallQuery(simulator), bearer: token)
                #expect(answer.status == 200)
            }
        }
    }

    @Test("Tokens are deterministic: the same seed issues the same sequence, another seed another")
    func deterministicTokens() async throws {
        func tokens(seed: UInt64) async throws -> [String] {
            try await SimulatorFixture.withSimulator(seed: seed) { simulator in
                [try await CloudRuFixture.token(simulator), try await CloudRuFixture.token(simulator)]
            }
        }
        let first = try await tokens(seed: 42)
        #expect(try await tokens(seed: 42) == first)
        #expect(try await tokens(seed: 43) != first)
    }

    @Test(
        "A wrong key id or secret gets 401 and nothing of the key is echoed",
        arguments: [
            ("unknown-key-1f9a", SimulatorCredentials.cloudRuSecret),
            (SimulatorCredentials.cloudRuKeyID, "wrong-secret-77c2"),
        ])
    func wrongKey(keyID: String, secret: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await CloudRuFixture.postToken(simulator, keyID: keyID, secret: secret)
            #expect(reply.status == 401)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let body = try reply.object()
            #expect(Set(body.keys) == ["code", "message", "details"])
            #expect(body["code"] as? Int == 16)
            #expect(!reply.text.contains(keyID) && !reply.text.contains(secret))
        }
    }

    @Test("A body that is not {keyId, secret} JSON gets 400")
    func malformedBody() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            for body in ["not json", "{\"keyId\":\"sim-cloudru-key-id\"}", "[]"] {
                let reply = try await CloudRuFixture.post(simulator, "/api/v1/auth/token", body: Data(body.utf8))
                #expect(reply.status == 400, "\(body)")
                #expect(try reply.object()["code"] as? Int == 3)
            }
        }
    }

    @Test("Consumption without a token, with an unknown token or another scheme gets 401", arguments: [1, 2])
    func consumptionNeedsBearer(version: Int) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path = Self.smallQuery(simulator, version: version)
            let missing = try await CloudRuFixture.get(simulator, path, bearer: nil)
            #expect(missing.status == 401)
            #expect(try CloudRuFixture.message(missing).contains("Bearer"))
            let forged = "crsim.0123456789abcdef0123456789abcdef"
            let unknown = try await CloudRuFixture.get(simulator, path, bearer: forged)
            #expect(unknown.status == 401)
            #expect(try unknown.object()["code"] as? Int == 16)
            #expect(!unknown.text.contains(forged))
            let token = try await CloudRuFixture.token(simulator)
            let basic = try await SimulatorTests.get(
                simulator, path, token: nil, headers: ["Authorization": "Basic \(token)"])
            #expect(basic.status == 401)
            #expect(!basic.text.contains(token))
            let lowercase = try await SimulatorTests.get(
                simulator, path, token: nil, headers: ["Authorization": "bearer \(token)"])
            #expect(lowercase.status == 200, "the scheme is case-insensitive")
        }
    }

    @Test("An expired token gets 401 (token lifetime configured to zero)")
    func expiredToken() async throws {
        let configuration = SimulatorConfiguration(now: CloudRuFixture.now, cloudRuTokenLifetime: .zero)
        try await CloudRuFixture.withSimulator(configuration) { simulator in
            let reply = try await CloudRuFixture.postToken(simulator, keyID: SimulatorCredentials.cloudRuKeyID)
            #expect(try reply.object()["expires_in"] as? Int == 0)
            let token = try await CloudRuFixture.token(simulator)
            for version in [1, 2] {
                let answer = try await CloudRuFixture.get(
                    simulator, Self.smallQuery(simulator, version: version), bearer: token)
                #expect(answer.status == 401)
                #expect(try CloudRuFixture.message(answer).contains("expired"))
            }
        }
    }

    @Test("The banner shows the key, the token endpoint and an example consumption request")
    func banner() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let banner = simulator.banner
            #expect(banner.contains("Cloud.ru"))
            #expect(banner.contains(SimulatorCredentials.cloudRuKeyID))
            #expect(banner.contains(SimulatorCredentials.cloudRuSecret))
            #expect(banner.contains("\(simulator.baseURL)/api/v1/auth/token"))
            #expect(
                banner.contains("\(simulator.baseURL)/v1/consumption?agreement_id=\(simulator.cloudRu.agreementID)"))
            #expect(banner.contains("Authorization: Bearer"))
            #expect(banner.contains("X-Token"), "the Selectel section stays")
        }
    }
}
