import Foundation
import Testing

/// Every command takes "now" from `--now` or `COSTSCOPE_NOW`, so that a run gives the same
/// answer on any day; dates outside the supported years are refused with a message.
@Suite("A fixed now")
struct FixedNowTests {
    /// `report` on yesterday, as JSON, so that the range it chose is in the output.
    static let yesterday = ["report", "--demo", "--range", "yesterday", "--tz", "UTC", "--format", "json"]

    @Test func reportTakesNowFromTheOptionOrTheEnvironment() throws {
        let byOption = try Binary.run(Self.yesterday + ["--now", "2026-03-10"])
        let byEnvironment = try Binary.run(Self.yesterday, environment: ["COSTSCOPE_NOW": "2026-03-10T12:00:00Z"])
        #expect(byOption.status == 0, "\(byOption.stderr)")
        #expect(byOption.stdout.contains("\"from\" : \"2026-03-09T00:00:00Z\""), "\(byOption.stdout)")
        #expect(byEnvironment.stdout == byOption.stdout)
        let optionWins = try Binary.run(
            Self.yesterday + ["--now", "2026-03-10"], environment: ["COSTSCOPE_NOW": "2025-01-01"])
        #expect(optionWins.stdout == byOption.stdout)
    }

    @Test func exportAndSpikesTakeNowFromTheEnvironment() throws {
        let environment = ["COSTSCOPE_NOW": "2026-03-10"]
        let export = try Binary.run(
            [
                "export", "--demo", "--account", "selectel-demo", "--range", "yesterday", "--tz", "UTC", "--format",
                "json",
            ],
            environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("2026-03-09"), "\(export.stdout)")
        let spikes = try Binary.run(
            [
                "spikes", "--demo", "--account", "selectel-demo", "--range", "yesterday", "--tz", "UTC", "--format",
                "json",
            ],
            environment: environment)
        #expect([0, 1].contains(spikes.status), "\(spikes.stderr)")
        #expect(spikes.stdout.contains("2026-03-09"), "\(spikes.stdout)")
    }

    @Test func demoAndTheExplorerShowTheRangeOfTheFixedDay() throws {
        let demo = try Binary.run(
            ["demo", "--account", "selectel-demo", "--range", "yesterday", "--tz", "UTC", "--snapshot", "100x30"],
            environment: ["COSTSCOPE_NOW": "2026-03-10"])
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("2026-03-09"), "\(demo.stdout)")

        let sandbox = try Binary.runInBackground(["sandbox", "--port", "0", "--now", "2026-03-10"])
        defer { sandbox.terminate() }
        let port = try #require(sandbox.waitForPort())
        let printed = try Binary.run(
            ["sandbox", "--port", String(port), "--print-config"], environment: ["COSTSCOPE_NOW": "2026-03-10"])
        let byOption = try Binary.run(["sandbox", "--port", String(port), "--print-config", "--now", "2026-03-10"])
        #expect(printed.status == 0 && printed.stdout == byOption.stdout)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("now-\(port).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try printed.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let explorer = try Binary.run(
            [
                "--config", path, "--account", "seeweb-sandbox", "--range", "month-to-date", "--tz", "UTC",
                "--snapshot", "120x30",
            ], environment: ["COSTSCOPE_NOW": "2026-03-10"])
        #expect(explorer.status == 0, "\(explorer.stderr)")
        #expect(explorer.stdout.contains("✓ seeweb-sandbox"), "\(explorer.stdout)")
        #expect(explorer.stdout.contains("2026-03-01"), "\(explorer.stdout)")
    }

    @Test(arguments: [
        ["report", "--demo", "--now", "0001-01-01"],
        ["report", "--demo", "--now", "2101-01-01"],
        ["report", "--demo", "--now", "1999-12-31T23:59:59Z"],
        ["export", "--demo", "--now", "9999-12-31"],
        ["demo", "--now", "0001-01-01", "--snapshot", "80x24"],
        ["doctor", "--demo", "--now", "0001-01-01"],
        ["sandbox", "--port", "0", "--now", "0001-01-01"],
        ["--config", "/nonexistent/config.toml", "--now", "0001-01-01"],
        ["report", "--demo", "--from", "0001-01-01", "--to", "2026-01-01"],
        ["report", "--demo", "--from", "2026-01-01", "--to", "2101-01-01"],
    ])
    func anOutOfRangeDateIsRefusedWithAMessage(arguments: [String]) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        let error = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error: ") }
        #expect(error.count == 1, "\(result.stderr)")
        #expect(
            error.first?.contains("only dates from 2000-01-01 to 2100-12-31 are supported") == true, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func anOutOfRangeOrMalformedEnvironmentValueIsNamed() throws {
        let old = try Binary.run(["report", "--demo"], environment: ["COSTSCOPE_NOW": "0001-01-01"])
        #expect(old.status == 64)
        #expect(
            old.stderr.contains(
                "Error: COSTSCOPE_NOW='0001-01-01': only dates from 2000-01-01 to 2100-12-31 are supported"),
            "\(old.stderr)")
        let garbled = try Binary.run(["spikes", "--demo"], environment: ["COSTSCOPE_NOW": "yesterday"])
        #expect(garbled.status == 2)
        #expect(
            garbled.stderr == "costscope spikes: COSTSCOPE_NOW='yesterday': expected a date as YYYY-MM-DD or "
                + "YYYY-MM-DDTHH:MM:SSZ (see 'costscope spikes --help')\n", "\(garbled.stderr)")
    }
}
