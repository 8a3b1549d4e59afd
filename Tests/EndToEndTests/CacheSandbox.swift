import Foundation
import GRDB
import Simulator

/// A simulator on a fixed loopback port, the config file `sandbox --print-config` prints for
/// it, and a private cache directory: the pieces the cache end-to-end tests run the binary on.
/// The simulator can be stopped and started again on the same port, slow or not.
final class CacheSandbox {
    let now: Date
    let cacheDirectory = TestCacheDirectory.make()
    private(set) var port = 0
    private(set) var configPath = ""
    private var simulator: RunningSimulator?

    init(now: Date) { self.now = now }

    deinit {
        TestCacheDirectory.remove(cacheDirectory)
        if !configPath.isEmpty { try? FileManager.default.removeItem(atPath: configPath) }
    }

    /// Starts the simulator (on the same port as before, if it ran before); every answer waits `latency`.
    func start(latency: Duration = .zero) async throws {
        let running = try await Simulator.start(SimulatorConfiguration(port: port, now: now, latency: latency))
        simulator = running
        guard configPath.isEmpty else { return }
        port = running.port
        let printed = try await Self.offThePool(
            ["sandbox", "--port", String(port), "--print-config", "--now", NowArgument.text(now)], environment: [:])
        configPath = FileManager.default.temporaryDirectory.appendingPathComponent("cache-e2e-\(port).toml").path
        try printed.stdout.write(toFile: configPath, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: configPath)
    }

    /// Stops the simulator: from then on nothing answers on the port.
    func stop() async {
        await simulator?.stop()
        simulator = nil
    }

    /// Runs the binary on the sandbox's config and cache.
    func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> Binary.Result {
        try await Self.offThePool(
            arguments + ["--config", configPath, "--cache-dir", cacheDirectory],
            environment: environment.merging(
                ["COSTSCOPE_CACHE_DIR": cacheDirectory, "COSTSCOPE_NOW": NowArgument.text(now)]) { $1 })
    }

    /// Runs the binary on a thread of its own: waiting for it on one of the few concurrency
    /// threads would starve the in-process simulator it talks to.
    static func offThePool(_ arguments: [String], environment: [String: String]) async throws -> Binary.Result {
        try await onOwnThread { try Binary.run(arguments, environment: environment) }
    }

    /// Runs blocking `work` on a thread of its own.
    static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// `SELECT COUNT(*)` of `table` in the accounts cache.
    func count(_ table: String) throws -> Int {
        try DatabaseQueue(path: cacheDirectory + "/cache.sqlite").read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        }
    }

    /// The records the cache's pieces say they hold.
    func storedRecords() throws -> Int {
        try DatabaseQueue(path: cacheDirectory + "/cache.sqlite").read { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(record_count), 0) FROM piece") ?? 0
        }
    }
}

/// An instant as `--now` takes it: `YYYY-MM-DDTHH:MM:SSZ`.
enum NowArgument {
    static func text(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
