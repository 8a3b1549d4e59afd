import CostCore
import Foundation
import Simulator
import Testing

@Suite("costscope report")
struct ReportCommandTests {
    let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)

    func amounts(_ value: Any?) -> [String: Amount] {
        var result: [String: Amount] = [:]
        for entry in (value as? [[String: String]]) ?? [] {
            if let code = entry["currency"], let text = entry["amount"], let amount = Amount(text) {
                result[code] = amount
            }
        }
        return result
    }

    @Test(arguments: ["UTC", "Europe/Moscow", "Asia/Kolkata"])
    func jsonTotalsEqualTheSimulatorsOwnSum(zone: String) throws {
        let result = try Binary.run([
            "report", "--demo", "--account", "selectel-demo", "--seed", "5", "--now", "2026-11-20", "--range",
            "last-7-days", "--tz", zone, "--group-by", "project", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let range = DatePreset.last7Days.range(now: now, in: TimeZone(identifier: zone)!)
        let dataset = SelectelDataset(seed: 5, now: now)
        // Hours count in the day holding their middle: for a half-hour zone (Kolkata) that is
        // the hours starting from the range's edges rounded down.
        let hourStart = Date(timeIntervalSince1970: (range.start.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600)
        let hourEnd = Date(timeIntervalSince1970: (range.end.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600)
        let expected = Amount(minorUnits: dataset.totalKopecks(from: hourStart, to: hourEnd), decimals: 2)
        #expect(amounts(object["totals"]) == ["RUB": expected])
        // Each project's amount equals the simulator's sum for that project.
        for group in (object["groups"] as? [[String: Any]]) ?? [] {
            let key = try #require(group["key"] as? String)
            let projectTotal = dataset.totalKopecks(from: hourStart, to: hourEnd, projectID: key)
            #expect(amounts(group["amounts"]) == ["RUB": Amount(minorUnits: projectTotal, decimals: 2)], "\(key)")
        }
    }

    @Test func fromToAreInclusiveDaysInTheZone() throws {
        let result = try Binary.run([
            "report", "--demo", "--now", "2026-11-20", "--from", "2026-11-10", "--to", "2026-11-12", "--tz", "UTC",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"from\" : \"2026-11-10T00:00:00Z\""))
        #expect(result.stdout.contains("\"to\" : \"2026-11-13T00:00:00Z\""))
    }

    @Test func aFailingAccountIsReportedWithExitStatusOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("down-\(UUID().uuidString).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
        [[accounts]]
        name = "down"
        provider = "selectel"
        base_url = "http://127.0.0.1:9"
        token = "secret-token-value"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let result = try Binary.run(["report", "--config", path, "--range", "yesterday", "--tz", "UTC"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("Selectel (down) GET /v1/cloud_billing/statistic/consumption: connection refused"),
            "\(result.stderr)")
        // The currency lookup is best effort: a fetch that fails anyway reports only its failure.
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
        #expect(!result.stderr.contains("secret-token-value"))
        #expect(result.stdout.isEmpty, "no account was read: no report that reads as no spend\n\(result.stdout)")
    }

    @Test(arguments: [
        (["report", "--demo", "--range", "last-7-days", "--from", "2026-11-01", "--to", "2026-11-02"], "not both"),
        (["report", "--demo", "--from", "2026-11-05", "--to", "2026-11-01"], "is after --to"),
        (["report", "--demo", "--tz", "Mars/Base"], "--tz 'Mars/Base'"),
        (["report", "--demo", "--group-by", "colour"], "colour"),
        (["report", "--demo", "--range", "fortnight"], "fortnight"),
    ])
    func badSelectionsAreRejectedClearly(arguments: [String], expected: String) throws {
        let result = try Binary.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    /// Every command that reads accounts takes `--demo` and `--config` from one option group,
    /// with one check; `spikes` gives its usage errors its own status.
    @Test(arguments: [("report", 64), ("export", 64), ("doctor", 64), ("spikes", 2)] as [(String, Int32)])
    func demoAndConfigTogetherAreRefusedByEveryCommand(command: String, status: Int32) throws {
        let result = try Binary.run([command, "--demo", "--config", "costscope.toml"])
        #expect(result.status == status)
        #expect(result.stderr.contains("give --demo or --config, not both"), "\(result.stderr)")
    }
}
