import Foundation
import Simulator
import Testing

/// The real binary against a simulator whose error answers echo every request — headers and
/// body, credentials included (`--fault echo-credentials`): for each provider, `report`,
/// `export`, `spikes`, `doctor` and the explorer fail that account with one line, and no
/// credential — as written, in base64, in its `Basic` form, or Cloud.ru's bearer token — is in
/// standard output, standard error, the exported file or the cache files.
@Suite("Echoed credentials never leave the binary")
struct EchoedCredentialEndToEndTests {
    static let now = "2026-11-20T12:00:00Z"

    /// Every credential the demo accounts send, in every form it travels in.
    static let forbidden: [String] = {
        let values = [
            SimulatorCredentials.selectelToken, SimulatorCredentials.cloudRuKeyID, SimulatorCredentials.cloudRuSecret,
            SimulatorCredentials.onAppAPIKey, SimulatorCredentials.seewebToken, SimulatorCredentials.f5Token,
            "\(SimulatorCredentials.onAppEmail):\(SimulatorCredentials.onAppAPIKey)",
        ]
        var forms: [String] = []
        for value in values {
            let base64 = Data(value.utf8).base64EncodedString()
            forms += [value, base64, String(base64.prefix { $0 != "=" }), "Basic \(base64)"]
        }
        // The simulator's Cloud.ru bearer tokens all start so.
        return forms + ["crsim."]
    }()

    static func expectNoCredential(in bytes: Data, _ place: String) {
        for form in forbidden {
            #expect(bytes.range(of: Data(form.utf8)) == nil, "\(place) holds \(form)")
        }
    }

    /// The lines of `stderr` about `account`.
    static func lines(about account: String, in stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter { $0.contains("(\(account))") }
    }

    @Test(
        "report, export, spikes, doctor and the explorer redact every echoed credential",
        arguments: ["selectel", "cloudru", "onapp", "seeweb", "f5xc"])
    func everyCommandRedacts(provider: String) throws {
        let account = "\(provider)-demo"
        let cache = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(cache) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("echo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["COSTSCOPE_CACHE_DIR": cache]
        let demo = ["--demo", "--account", account, "--now", Self.now, "--fault", "echo-credentials"]
        var outputs: [(String, Binary.Result)] = []

        let report = try Binary.run(["report"] + demo + ["--range", "last-7-days"], environment: environment)
        #expect(report.status == 1, "\(report.stderr)")
        outputs.append(("report", report))

        let exported = folder.appendingPathComponent("spend.csv")
        let export = try Binary.run(
            ["export"] + demo + ["--range", "last-7-days", "--format", "csv", "--output", exported.path],
            environment: environment)
        #expect(export.status == 1, "\(export.stderr)")
        outputs.append(("export", export))

        let spikes = try Binary.run(["spikes"] + demo + ["--range", "last-7-days"], environment: environment)
        #expect(spikes.status == 2, "\(spikes.stderr)")
        outputs.append(("spikes", spikes))

        for (command, result) in outputs {
            let about = Self.lines(about: account, in: result.stderr)
            #expect(about.count == 1, "\(command): \(result.stderr)")
            #expect(about.first?.hasPrefix("costscope: ") == true, "\(command): \(result.stderr)")
            #expect(about.first?.contains("<redacted>") == true, "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}"), "\(command): an escape reached the terminal")
        }

        let doctor = try Binary.run(["doctor"] + demo, environment: environment)
        #expect(doctor.status == 1, "\(doctor.stdout)\(doctor.stderr)")
        #expect(doctor.stdout.contains("FAIL  billing"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("<redacted>"), "\(doctor.stdout)")
        outputs.append(("doctor", doctor))

        let explorer = try Binary.run(
            ["demo", "--account", account, "--now", Self.now, "--fault", "echo-credentials", "--snapshot", "160x30"],
            environment: environment)
        #expect(explorer.status == 0, "\(explorer.stderr)")
        #expect(explorer.stdout.contains("<redacted>") || explorer.stdout.contains("<redacte"), "\(explorer.stdout)")
        outputs.append(("explorer", explorer))

        for (command, result) in outputs {
            Self.expectNoCredential(in: Data(result.stdout.utf8), "\(command) stdout")
            Self.expectNoCredential(in: Data(result.stderr.utf8), "\(command) stderr")
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            Self.expectNoCredential(
                in: try Data(contentsOf: folder.appendingPathComponent(file)), "exported \(file)")
        }
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: cache)
        for file in cacheFiles {
            Self.expectNoCredential(
                in: try Data(contentsOf: URL(fileURLWithPath: cache).appendingPathComponent(file)), "cache \(file)")
        }
    }
}
