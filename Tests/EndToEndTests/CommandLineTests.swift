import Foundation
import Testing

@Suite("Command line")
struct CommandLineTests {
    @Test func headlessSnapshotShowsTheDrilledView() throws {
        let result = try Binary.run([
            "demo", "--now", "2026-11-20", "--account", "selectel-demo", "--snapshot", "100x30", "--keys", "down enter",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("All projects › production"))
        #expect(result.stdout.contains("[Objects]"))
        #expect(result.stdout.contains("₽"))
        #expect(result.stdout.split(separator: "\n").count == 30)
    }

    @Test func theExplorerOpensAtTheSelectedView() throws {
        let result = try Binary.run([
            "demo", "--now", "2026-11-20", "--snapshot", "100x30", "--tz", "UTC", "--range", "last-7-days",
            "--group-by", "region", "--granularity", "week",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Last 7 days: 2026-11-14 – 2026-11-20 UTC"), "\(result.stdout)")
        #expect(result.stdout.contains("[Regions]"))
        #expect(result.stdout.contains("Weekly cost"))
        let refused = try Binary.run(["demo", "--snapshot", "80x24", "--group-by", "account"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot group by account here"), "\(refused.stderr)")
    }

    @Test func theSameSeedAndNowGiveTheSameFrame() throws {
        let first = try Binary.run(["demo", "--now", "2026-11-20", "--seed", "3", "--snapshot", "80x24"])
        let second = try Binary.run(["demo", "--now", "2026-11-20", "--seed", "3", "--snapshot", "80x24"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }

    @Test(arguments: [
        (["demo", "--bogus"], "--bogus"),
        (["demo", "--snapshot", "5x"], "5x"),
        (["demo", "--snapshot", "80x24", "--keys", "j entr"], "unknown key name 'entr'"),
        (["demo", "--keys", "j"], "--keys only applies with --snapshot"),
        (["demo", "--now", "2026-02-30"], "2026-02-30"),
        (["sandbox", "--port", "70000"], "--port must be 0…65535"),
        (["report", "--demo", "--top", "0"], "--top must be at least 1"),
        (["report", "--demo", "--format", "html"], "html"),
        (["frobnicate"], "frobnicate"),
        (
            ["sandbox", "--variation", "sideways"],
            "unknown variation 'sideways' (one of: all, selectel-documented-groups"
        ),
        (["demo", "--theme", "neon"], "no such theme (available: dark, high-contrast, light, monochrome, terminal"),
    ])
    func badInputGetsAClearMessageAndANonZeroExit(arguments: [String], expected: String) throws {
        let result = try Binary.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stderr.contains("Stack dump"))
    }

    @Test func aPortInUseIsReportedNotCrashed() throws {
        let blocker = try Binary.runInBackground(["sandbox", "--port", "0"])
        defer { blocker.terminate() }
        let port = try #require(blocker.waitForPort())
        let result = try Binary.run(["sandbox", "--port", String(port)])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(port)"), "\(result.stderr)")
        #expect(result.stderr.lowercased().contains("in use"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func printedSandboxConfigExploresTheSimulatorLikeARealAccount() throws {
        let sandbox = try Binary.runInBackground(["sandbox", "--port", "0", "--now", "2026-11-20"])
        defer { sandbox.terminate() }
        let port = try #require(sandbox.waitForPort())
        let printed = try Binary.run(["sandbox", "--port", String(port), "--print-config"])
        #expect(printed.status == 0)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(port).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try printed.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        // 120 columns leave the accounts pane room for "[x] ✓ selectel-sandbox" uncut.
        // The explorer's "now" is the sandbox's: the same moment as --now or COSTSCOPE_NOW.
        let all = try Binary.run(["--config", path, "--now", "2026-11-20", "--snapshot", "120x30"])
        #expect(all.status == 0, "\(all.stderr)")
        for provider in ["selectel", "cloudru", "onapp", "seeweb", "f5xc"] {
            #expect(all.stdout.contains("✓ \(provider)-sandbox"), "\(all.stdout)")
        }
        #expect(all.stderr.isEmpty, "\(all.stderr)")
        let result = try Binary.run(
            ["--config", path, "--account", "selectel-sandbox", "--snapshot", "100x30", "--keys", "j enter"],
            environment: ["COSTSCOPE_NOW": "2026-11-20"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("All projects › production"), "\(result.stdout)")
    }

    @Test func configProblemsAndTheFirstRunAreExplained() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "[[accounts]]\nname = \"x\"\nprovider = \"selectel\"\ntokn = \"t\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let bad = try Binary.run(["--config", path, "--snapshot", "80x24"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("\(path):4: accounts[1] (x): unknown key 'tokn'"), "\(bad.stderr)")

        let home = FileManager.default.temporaryDirectory.appendingPathComponent("home-\(UUID().uuidString)").path
        let firstRun = try Binary.run([], environment: ["HOME": home, "XDG_CONFIG_HOME": "", "COSTSCOPE_CONFIG": ""])
        #expect(firstRun.status != 0)
        #expect(firstRun.stderr.contains("There is no config file at \(home)/.config/costscope/config.toml"))
        #expect(firstRun.stderr.contains("costscope demo"))
    }

    @Test func anUnreachableAccountShowsWhatFailedInItsPlace() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("seeweb-\(UUID().uuidString).toml")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let token = "seeweb-token-never-shown"
        try
            "[[accounts]]\nname = \"eu\"\nprovider = \"seeweb\"\nbase_url = \"http://127.0.0.1:9\"\ntoken = \"\(token)\"\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let result = try Binary.run(["--config", path, "--snapshot", "100x30"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✗ eu"), "\(result.stdout)")
        #expect(result.stdout.contains("Seeweb ECS (eu) GET /ecs/v2/billing/servers/"), "\(result.stdout)")
        #expect(result.stdout.contains("connection refused"), "\(result.stdout)")
        #expect(!result.stdout.contains(token) && !result.stderr.contains(token))
    }

    @Test func demoOutsideATerminalSaysSo() throws {
        let result = try Binary.run(["demo", "--now", "2026-11-20"], environment: ["TERM": "xterm-256color"])
        #expect(result.status != 0)
        #expect(result.stderr.lowercased().contains("terminal"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }
}

extension Binary {
    /// A background process whose standard output is collected.
    final class Background: @unchecked Sendable {
        let process: Process
        let output: Pipe

        init(process: Process, output: Pipe) {
            self.process = process
            self.output = output
        }

        /// Reads the banner until it names the port (bounded by a number of reads, not by time).
        func waitForPort() -> Int? {
            var text = ""
            let handle = output.fileHandleForReading
            for _ in 0..<200 {
                let data = handle.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
                if let range = text.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression) {
                    return Int(text[range].split(separator: ":").last ?? "")
                }
            }
            return nil
        }

        func terminate() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    static func runInBackground(_ arguments: [String]) throws -> Background {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment([:])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Background(process: process, output: output)
    }
}
