import Foundation
import Simulator
import Testing

@Suite("Simulator server lifecycle")
struct SimulatorLifecycleTests {
    @Test("Starting twice on the same fixed port fails with portInUse")
    func portInUse() async throws {
        try await SimulatorFixture.withSimulator { first in
            let error = await #expect(throws: SimulatorError.self) {
                let second = try await Simulator.start(
                    SimulatorConfiguration(port: first.port, now: SimulatorFixture.now))
                await second.stop()
            }
            #expect(error == .portInUse(first.port))
            #expect(error?.description.contains("\(first.port)") == true)
            #expect(error?.description.contains("already in use") == true)
        }
    }

    @Test("A stopped simulator frees its port and stops answering")
    func stopFreesPort() async throws {
        let first = try await Simulator.start(SimulatorConfiguration(now: SimulatorFixture.now))
        let port = first.port
        #expect(port > 0)
        #expect(first.baseURL == "http://127.0.0.1:\(port)")
        #expect(try await get(first, "/v3/balances").status == 200)
        await first.stop()
        await #expect(throws: (any Error).self) {
            _ = try await get(first, "/v3/balances")
        }
        let second = try await Simulator.start(SimulatorConfiguration(port: port, now: SimulatorFixture.now))
        #expect(second.port == port)
        #expect(try await get(second, "/v3/balances").status == 200)
        await second.stop()
    }

    @Test("An impossible port is a configuration error")
    func invalidPort() async throws {
        await #expect(throws: SimulatorError.invalidConfiguration("port 70000 is outside 0...65535")) {
            _ = try await Simulator.start(SimulatorConfiguration(port: 70_000, now: SimulatorFixture.now))
        }
    }

    @Test("Unknown paths get a JSON 404")
    func unknownPath() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(simulator, "/v1/cloud_billing/statistic/nothing?provider_keys=vpc")
            #expect(reply.status == 404)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            #expect(try reply.object()["status"] as? String == "error")
            #expect(try reply.errorMessage().contains("/v1/cloud_billing/statistic/nothing"))
        }
    }

    @Test("The banner tells humans where to connect and how to authenticate")
    func banner() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let banner = simulator.banner
            #expect(banner.contains(simulator.baseURL))
            #expect(banner.contains("X-Token"))
            #expect(banner.contains(SimulatorCredentials.selectelToken))
            #expect(banner.contains("curl -H 'X-Token: \(SimulatorCredentials.selectelToken)'"))
            #expect(banner.contains("2026-03-15T10:25:00Z"))
        }
    }
}
