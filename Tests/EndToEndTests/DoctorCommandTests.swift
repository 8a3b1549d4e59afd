import CostCore
import Foundation
import Simulator
import Testing

/// `costscope doctor` against the simulator: healthy accounts pass; each kind of problem is
/// named with what to fix, and no secret is ever printed.
@Suite("costscope doctor")
struct DoctorCommandTests {
    /// The simulators' "now", the same moment the binary is given (``Binary/fixedNow``).
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)

    static let secrets = [
        SimulatorCredentials.selectelToken, SimulatorCredentials.cloudRuKeyID, SimulatorCredentials.cloudRuSecret,
        SimulatorCredentials.onAppAPIKey, SimulatorCredentials.seewebToken, SimulatorCredentials.f5Token,
        SimulatorCredentials.f5NoBillingToken,
    ]

    func expectNoSecrets(_ text: String) {
        for secret in Self.secrets { #expect(!text.contains(secret), "a secret was printed") }
    }

    func writeConfig(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("costscope-doctor-\(UUID()).toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return file
    }

    @Test func everyDemoAccountPasses() throws {
        let result = try Binary.run(["doctor", "--demo", "--now", "2026-11-20T12:00:00Z"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for name in ["selectel-demo", "cloudru-demo", "onapp-demo", "seeweb-demo", "f5xc-demo"] {
            #expect(result.stdout.contains(name))
        }
        #expect(result.stdout.components(separatedBy: "ok    billing").count - 1 == 5, "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "ok    clock").count - 1 == 5, "\(result.stdout)")
        #expect(
            result.stdout.components(separatedBy: "ok    fallbacks    none used").count - 1 == 5, "\(result.stdout)")
        #expect(!result.stdout.contains("FAIL"))
        expectNoSecrets(result.stdout + result.stderr)
    }

    @Test func theProbeFetchSaysWhichFallbacksItTookPerAccount() throws {
        let result = try Binary.run([
            "doctor", "--demo", "--now", "2026-11-20T12:00:00Z", "--variation", "selectel-documented-groups",
            "--variation", "cloudru-v1-only", "--variation", "f5-no-money",
        ])
        #expect(result.status == 0, "a fallback is a warning, not a failure:\n\(result.stdout)")
        let blocks = result.stdout.components(separatedBy: "\n\n")
        func block(_ name: String) -> String { blocks.first { $0.contains(name + " (") } ?? "" }
        #expect(
            block("selectel-demo").contains("warn  fallback     group_type=project_object_region_metric was refused"))
        #expect(block("f5xc-demo").contains("warn  fallback     usage only, no money"), "\(block("f5xc-demo"))")
        #expect(block("cloudru-demo").contains("ok    fallbacks    none used"), "v1 is the default: v2 is never asked")
        #expect(block("onapp-demo").contains("ok    fallbacks    none used"))
        #expect(!result.stderr.contains("warning:"), "doctor reports notes itself: \(result.stderr)")
        expectNoSecrets(result.stdout + result.stderr)
    }

    @Test func rejectedForbiddenUnreachableAndMissingAreEachNamed() async throws {
        let simulator = try await Simulator.start(SimulatorConfiguration(now: Self.now))
        let port = simulator.port
        let closed = try await Simulator.start(SimulatorConfiguration(now: Self.now))
        let closedPort = closed.port
        await closed.stop()
        let config = try writeConfig(
            """
            [[accounts]]
            name = "wrong-token"
            provider = "selectel"
            base_url = "http://127.0.0.1:\(port)"
            token = "not-the-token"

            [[accounts]]
            name = "no-billing-role"
            provider = "f5xc"
            base_url = "http://127.0.0.1:\(port)"
            token = "\(SimulatorCredentials.f5NoBillingToken)"

            [[accounts]]
            name = "nobody-home"
            provider = "seeweb"
            base_url = "http://127.0.0.1:\(closedPort)"
            token = "\(SimulatorCredentials.seewebToken)"

            [[accounts]]
            name = "env-missing"
            provider = "selectel"
            base_url = "http://127.0.0.1:\(port)"
            token_env = "COSTSCOPE_TEST_UNSET_TOKEN"

            [[accounts]]
            name = "fine"
            provider = "selectel"
            base_url = "http://127.0.0.1:\(port)"
            token = "\(SimulatorCredentials.selectelToken)"
            """)
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try Binary.run(["doctor", "--config", config.path])
        await simulator.stop()
        let out = result.stdout
        #expect(result.status == 1, "\(out)\(result.stderr)")
        func block(_ name: String) -> String {
            guard let start = out.range(of: "\n\(name) (") else { return "" }
            let rest = out[start.upperBound...]
            return String(rest[..<(rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex)])
        }
        #expect(block("wrong-token").contains("FAIL  billing"), "\(out)")
        #expect(block("wrong-token").contains("401"))
        #expect(block("wrong-token").contains("fix: the token was rejected"))
        #expect(block("no-billing-role").contains("FAIL  billing"))
        #expect(block("no-billing-role").contains("403"))
        #expect(block("no-billing-role").contains("fix: the token's user needs a role"))
        #expect(block("nobody-home").contains("FAIL  endpoint"), "\(out)")
        #expect(!block("nobody-home").contains("billing"))
        #expect(block("env-missing").contains("FAIL  credentials"))
        #expect(block("env-missing").contains("COSTSCOPE_TEST_UNSET_TOKEN is not set"))
        #expect(block("fine").contains("ok    billing"))
        #expect(!block("fine").contains("FAIL"))
        expectNoSecrets(out + result.stderr)
        #expect(!out.contains("not-the-token"))
    }

    @Test func anInvalidConfigIsReportedWithItsPlace() throws {
        let config = try writeConfig("[[accounts]]\nname = \"x\"\nprovider = \"nope\"\n")
        defer { try? FileManager.default.removeItem(at: config) }
        let result = try Binary.run(["doctor", "--config", config.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL  config"), "\(result.stdout)")
        #expect(result.stdout.contains("nope"))
    }
}
