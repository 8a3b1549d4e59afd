import CostCore
import Foundation
import Simulator
import Testing

/// An account whose answers carry 39-digit amounts (`--fault huge-amount` on a second
/// simulator) fails with one line naming it and the field; the other accounts of the same
/// report are still shown, and the exit status says something failed.
@Suite("Amounts too large to hold")
struct HugeAmountEndToEndTests {
    static let nowText = "2026-11-20T12:00:00Z"
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)

    @Test("One hostile account per provider, beside five healthy ones: the healthy ones are reported")
    func healthyAccountsAreStillReported() async throws {
        let healthy = try await Simulator.start(SimulatorConfiguration(port: 0, now: Self.now))
        let hostile = try await Simulator.start(
            SimulatorConfiguration(port: 0, now: Self.now, faults: [SimulatorFault(.hugeAmount)]))
        do {
            try await check(healthyPort: healthy.port, hostilePort: hostile.port)
        } catch {
            await healthy.stop()
            await hostile.stop()
            throw error
        }
        await healthy.stop()
        await hostile.stop()
    }

    func check(healthyPort: Int, hostilePort: Int) async throws {
        let healthyConfig = try await CacheSandbox.offThePool(
            ["sandbox", "--port", String(healthyPort), "--print-config", "--now", Self.nowText], environment: [:])
        let hostileConfig = try await CacheSandbox.offThePool(
            ["sandbox", "--port", String(hostilePort), "--print-config", "--now", Self.nowText], environment: [:])
        #expect(healthyConfig.status == 0 && hostileConfig.status == 0)
        let combined =
            healthyConfig.stdout + "\n"
            + hostileConfig.stdout.replacingOccurrences(of: "-sandbox\"", with: "-hostile\"")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).toml")
        try combined.write(to: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path.path)
        defer { try? FileManager.default.removeItem(at: path) }

        let report = try await CacheSandbox.offThePool(
            [
                "report", "--config", path.path, "--now", Self.nowText, "--range", "last-7-days", "--group-by",
                "account", "--format", "csv", "--no-cache",
            ], environment: [:])
        #expect(report.status == 1, "\(report.stderr)")
        let providers = ["selectel", "cloudru", "onapp", "seeweb", "f5xc"]
        for provider in providers {
            #expect(report.stdout.contains("\(provider)-sandbox"), "\(provider): \(report.stdout)")
            #expect(!report.stdout.contains("\(provider)-hostile"), "\(report.stdout)")
            let lines = report.stderr.split(separator: "\n").filter { $0.contains("(\(provider)-hostile)") }
            #expect(lines.count == 1, "\(provider): \(report.stderr)")
            let line = String(lines.first ?? "")
            #expect(line.contains("too large") || line.contains("out of range"), "\(line)")
            #expect(
                ["value", "amount", "cost", "total_cost"].contains { line.contains($0) }, "no field named: \(line)")
            #expect(!line.contains(String(repeating: "9", count: 39)), "\(line)")
        }
        #expect(!report.stderr.contains("Fatal error"))
    }
}
