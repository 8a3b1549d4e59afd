import Foundation
import Simulator
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("OnApp simulator: HTTP Basic authentication and error answers")
struct OnAppAuthTests {
    @Test(arguments: ["json", "xml"])
    func theEmailAndAPIKeyUnlockTheStatistics(format: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path = OnAppFixture.path(
                simulator, format, query: OnAppFixture.period("2026-03-15 09:00:00", "2026-03-15 10:00:00"))
            let reply = try await OnAppFixture.get(simulator, path)
            #expect(reply.status == 200)
            #expect(reply.contentType == "application/\(format); charset=utf-8")
            // The email is compared case-insensitively, as Devise does.
            let shouted = OnAppFixture.basic(SimulatorCredentials.onAppEmail.uppercased())
            #expect(try await OnAppFixture.get(simulator, path, authorization: shouted).body == reply.body)
        }
    }

    @Test func aMissingCredentialIs401InTheRequestedFormat() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let json = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator), authorization: nil)
            #expect(json.status == 401)
            #expect(json.headers["www-authenticate"] == "Basic realm=\"Application\"")
            #expect(
                try json.object() as NSDictionary == ["errors": ["You need to sign in or sign up before continuing."]])
            let xml = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, "xml"), authorization: nil)
            #expect(xml.status == 401)
            #expect(xml.contentType == "application/xml; charset=utf-8")
            let root = try #require(try OnAppFixture.document(xml).rootElement())
            #expect(root.name == "errors")
            #expect(
                root.elements(forName: "error").first?.stringValue
                    == "You need to sign in or sign up before continuing.")
        }
    }

    @Test(
        arguments: [
            OnAppFixture.basic(SimulatorCredentials.onAppEmail, "wrong-key-91c3"),
            OnAppFixture.basic("intruder-77a1@example.com", SimulatorCredentials.onAppAPIKey),
            "Bearer \(SimulatorCredentials.onAppAPIKey)",
            "Basic not-base64-5d2e",
            "Basic " + Data("no-colon-8f1b".utf8).base64EncodedString(),
        ])
    func aWrongCredentialIs401AndNothingIsEchoed(authorization: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await OnAppFixture.get(
                simulator, OnAppFixture.path(simulator), authorization: authorization)
            #expect(reply.status == 401)
            let messages = try #require(try reply.object()["errors"] as? [String])
            #expect(messages.count == 1)
            for secret in ["wrong-key-91c3", "intruder-77a1", "5d2e", "8f1b", SimulatorCredentials.onAppAPIKey] {
                #expect(!reply.text.contains(secret))
            }
        }
    }

    @Test func anUnknownUserIs404ButOnlyForAnAuthenticatedCaller() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            for user in ["\(simulator.onApp.userID + 1)", "0", "abc"] {
                let reply = try await OnAppFixture.get(simulator, "/users/\(user)/vm_stats.json")
                #expect(reply.status == 404, "\(user)")
                #expect(try reply.object() as NSDictionary == ["errors": ["Resource not found"]])
                let anonymous = try await OnAppFixture.get(
                    simulator, "/users/\(user)/vm_stats.json", authorization: nil)
                #expect(anonymous.status == 401)
            }
            let xml = try await OnAppFixture.get(simulator, "/users/1/vm_stats.xml")
            #expect(xml.status == 404)
            #expect(
                try OnAppFixture.document(xml).rootElement()?.elements(forName: "error").first?.stringValue
                    == "Resource not found")
        }
    }

    @Test func anInjectedServerFaultIsOnAppsOverload503() async throws {
        let configuration = SimulatorConfiguration(
            seed: 42, now: SimulatorFixture.now, faults: [SimulatorFault(.serverError)])
        let simulator = try await Simulator.start(configuration)
        do {
            let reply = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator))
            #expect(reply.status == 503)
            let messages = try #require(try reply.object()["errors"] as? [String])
            #expect(messages.first?.contains("overloaded") == true)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }
}
