import Cache
import CostCore
import Foundation
import GRDB
import Simulator
import Testing

/// The cache through the real binary: closed periods without the network, `--offline`,
/// `--refresh`, unusable files, interrupted writes, secrets, and the explorer opened a second
/// time showing cached data before any network answer. Serialized: one simulator at a time.
@Suite("Cache end to end", .serialized)
struct CacheEndToEndTests {
    /// The simulated "now": October is closed for every provider but Cloud.ru.
    static let now = Date(timeIntervalSince1970: 1_795_176_000)  // 2026-11-20T12:00:00Z
    let october = ["--from", "2026-10-01", "--to", "2026-10-31", "--tz", "UTC", "--format", "json"]
    let novemberSoFar = ["--from", "2026-11-01", "--to", "2026-11-19", "--tz", "UTC", "--format", "json"]
    let nowArguments = ["--now", "2026-11-20"]

    @Test func closedPeriodsComeFromTheCacheAndOpenOnesAreFetchedAgain() async throws {
        let sandbox = CacheSandbox(now: Self.now)
        try await sandbox.start()
        let selectel = ["report", "--account", "selectel-sandbox"] + nowArguments
        let cloudRu = ["report", "--account", "cloudru-sandbox"] + nowArguments
        let fresh = try await sandbox.run(selectel + october)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let uncached = try await sandbox.run(selectel + october + ["--no-cache"])
        #expect(uncached.stdout == fresh.stdout)
        #expect(try await sandbox.run(selectel + novemberSoFar).status == 0)
        #expect(try await sandbox.run(cloudRu + october).status == 0)
        await sandbox.stop()

        let cached = try await sandbox.run(selectel + october)
        #expect(cached.status == 0, "closed October needs no network: \(cached.stderr)")
        #expect(cached.stdout == fresh.stdout, "records come back exactly")
        let open = try await sandbox.run(selectel + novemberSoFar)
        #expect(open.status == 1, "the current month is fetched again")
        #expect(open.stderr.contains("connection refused"), "\(open.stderr)")
        let restated = try await sandbox.run(cloudRu + october)
        #expect(restated.status == 1, "Cloud.ru restates the previous month, so it is fetched again")
        #expect(restated.stderr.contains("cloudru-sandbox"), "\(restated.stderr)")
    }

    @Test func offlineServesWhatIsCachedAndNamesWhatIsNot() async throws {
        let sandbox = CacheSandbox(now: Self.now)
        try await sandbox.start()
        let selectel = ["report", "--account", "selectel-sandbox"] + nowArguments
        let online = try await sandbox.run(selectel + novemberSoFar)
        #expect(online.status == 0, "\(online.stderr)")
        let explorerArguments = [
            "--account", "selectel-sandbox", "--from", "2026-11-01", "--to", "2026-11-19", "--tz", "UTC", "--snapshot",
            "160x30",
        ]
        #expect(try await sandbox.run(explorerArguments).status == 0, "the explorer caches what it shows")
        await sandbox.stop()

        let offline = try await sandbox.run(selectel + novemberSoFar + ["--offline"])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout == online.stdout)
        let september = ["--from", "2026-09-01", "--to", "2026-09-30", "--tz", "UTC"]
        let missing = try await sandbox.run(selectel + september + ["--offline"])
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains(
                "Selectel (selectel-sandbox): --offline: nothing cached for 2026-09-01 – 2026-09-30 (UTC)"),
            "\(missing.stderr)")

        let explorer = try await sandbox.run(explorerArguments + ["--offline"])
        #expect(explorer.status == 0, "\(explorer.stderr)")
        #expect(explorer.stdout.contains("✓ selectel-sandbox"), "\(explorer.stdout)")
        #expect(
            explorer.stdout.range(of: #"selectel-sandbox +(as of )?\d\d:\d\d"#, options: .regularExpression) != nil,
            "the pane says when the data was fetched:\n\(explorer.stdout)")
    }

    @Test func refreshIgnoresTheCacheAndOverwritesIt() async throws {
        let sandbox = CacheSandbox(now: Self.now)
        try await sandbox.start()
        let selectel = ["report", "--account", "selectel-sandbox"] + nowArguments + october
        let truth = try await sandbox.run(selectel)
        #expect(truth.status == 0, "\(truth.stderr)")
        // The smallest day is given the records of the largest one, written by the cache itself
        // (a blob copied by hand is bound to its own day and read as damage).
        let days = try DatabaseQueue(path: sandbox.cacheDirectory + "/cache.sqlite").read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT account, shape, start_ms, end_ms FROM piece JOIN piece_columns ON piece_id = id
                    ORDER BY length(data)
                    """)
        }
        let (smallest, largest) = (try #require(days.first), try #require(days.last))
        let series = PieceSeries(account: smallest["account"], shape: smallest["shape"])
        #expect(series == PieceSeries(account: largest["account"], shape: largest["shape"]))
        func period(_ row: Row) -> DateRange {
            DateRange(
                start: Date(timeIntervalSince1970: Double(row["start_ms"] as Int64) / 1_000),
                end: Date(timeIntervalSince1970: Double(row["end_ms"] as Int64) / 1_000))
        }
        let cache = try CostCache.open(directory: sandbox.cacheDirectory, fileName: "cache.sqlite").cache
        let records = try await cache.records(of: series, in: [period(largest)])
        try await cache.store(
            [PieceContent(period: period(smallest), records: records, isComplete: true)], of: series,
            fetchedAt: Self.now)
        let tampered = try await sandbox.run(selectel)
        #expect(tampered.stdout != truth.stdout, "the closed month is read from the cache")
        let refreshed = try await sandbox.run(selectel + ["--refresh"])
        #expect(refreshed.stdout == truth.stdout, "\(refreshed.stderr)")
        #expect(
            try await sandbox.run(selectel).stdout == truth.stdout, "the refetched records replaced the cached ones")
        await sandbox.stop()
        let refreshOffline = try await sandbox.run(selectel + ["--refresh"])
        #expect(refreshOffline.status == 1, "--refresh never serves from the cache")
    }

    @Test func aGarbageCacheFileIsMovedAsideAndReported() throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        try Data("garbage, not SQLite".utf8).write(to: URL(fileURLWithPath: directory + "/demo.sqlite"))
        let result = try Binary.run(
            ["report", "--demo", "--account", "seeweb-demo", "--now", "2026-11-20", "--cache-dir", directory],
            environment: ["COSTSCOPE_CACHE_DIR": directory])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(directory)/demo.sqlite is not a SQLite database"), "\(result.stderr)")
        #expect(result.stderr.contains("moved it to \(directory)/demo.sqlite.corrupt-"), "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
        let moved = try #require(files.first { $0.hasPrefix("demo.sqlite.corrupt-") })
        #expect(FileManager.default.contents(atPath: directory + "/" + moved) == Data("garbage, not SQLite".utf8))
    }

    @Test func aWriteKilledBeforeItCommitsLeavesNoPieceBehind() async throws {
        let sandbox = CacheSandbox(now: Self.now)
        try await sandbox.start()
        let arguments =
            ["report", "--account", "selectel-sandbox"] + nowArguments + october + [
                "--config", sandbox.configPath, "--cache-dir", sandbox.cacheDirectory,
            ]
        let paused = try PausedWrite.start(arguments)
        #expect(try await CacheSandbox.onOwnThread { paused.waitForPause() }, "the write reached its commit")
        paused.kill()
        #expect(
            FileManager.default.fileExists(atPath: sandbox.cacheDirectory + "/cache.sqlite-journal"),
            "the kill left a transaction open")

        let cache = try CostCache.open(directory: sandbox.cacheDirectory, fileName: "cache.sqlite").cache
        #expect(try await cache.integrityProblems().isEmpty)
        #expect(try sandbox.count("piece") == 0, "no period is marked as stored")
        #expect(try sandbox.count("piece_columns") == 0)

        let again = try await sandbox.run(["report", "--account", "selectel-sandbox"] + nowArguments + october)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try sandbox.count("piece") == 31)
        #expect(try await cache.integrityProblems().isEmpty)
        await sandbox.stop()
    }

    @Test func noSecretEverReachesTheCacheFiles() async throws {
        let sandbox = CacheSandbox(now: Self.now)
        try await sandbox.start()
        let explored = try await sandbox.run([
            "--from", "2026-11-01", "--to", "2026-11-19", "--tz", "UTC", "--snapshot", "120x40",
        ])
        #expect(explored.status == 0, "\(explored.stderr)")
        let demo = try await CacheSandbox.offThePool(
            ["report", "--demo", "--now", "2026-11-20", "--cache-dir", sandbox.cacheDirectory],
            environment: ["COSTSCOPE_CACHE_DIR": sandbox.cacheDirectory])
        #expect(demo.status == 0, "\(demo.stderr)")
        await sandbox.stop()

        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.cacheDirectory)
        #expect(Set(files).isSuperset(of: ["cache.sqlite", "demo.sqlite"]), "the demo keeps its own file: \(files)")
        #expect(try sandbox.storedRecords() > 100, "the check must look at a real cache")
        let secrets = [
            SimulatorCredentials.selectelToken, SimulatorCredentials.cloudRuKeyID, SimulatorCredentials.cloudRuSecret,
            SimulatorCredentials.onAppAPIKey, SimulatorCredentials.seewebToken, SimulatorCredentials.f5Token,
        ]
        for file in files {
            let bytes = try #require(FileManager.default.contents(atPath: sandbox.cacheDirectory + "/" + file))
            for secret in secrets {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(file) contains \(secret)")
            }
        }
    }

    @Test func aSecondStartShowsCachedDataBeforeAnyNetworkAnswer() async throws {
        // The default range (the last 30 days) ends today, a period that is always open and so
        // always refreshed.
        let sandbox = CacheSandbox(now: Self.now)
        try await sandbox.start()
        let first = try await sandbox.run(["--account", "selectel-sandbox", "--snapshot", "120x40"])
        #expect(first.status == 0, "\(first.stderr)")
        let amount = try #require(
            first.stdout.range(of: #"\d[\d,]*\.\d\d ₽"#, options: .regularExpression).map { String(first.stdout[$0]) },
            "\(first.stdout)")
        await sandbox.stop()
        // Every answer now takes 20 s: longer than the whole wait below.
        try await sandbox.start(latency: .seconds(20))

        let command =
            "env TERM=xterm-256color LANG=C.UTF-8 COSTSCOPE_NOW='\(NowArgument.text(sandbox.now))' '\(Binary.path)' --config '\(sandbox.configPath)' --cache-dir '\(sandbox.cacheDirectory)' --account selectel-sandbox; echo EXIT=$?; sleep 60"
        var tmux: TmuxSession? = try TmuxSession(width: 120, height: 40, command: command)
        let fetchedAt = #"[⟳✓] \S+ +(as of )?\d\d:\d\d"#
        let screen = try await tmux!.waitFor {
            $0.contains(amount) && $0.range(of: fetchedAt, options: .regularExpression) != nil
        }
        #expect(screen.contains(amount), "cached numbers are on screen:\n\(screen)")
        #expect(
            screen.range(of: fetchedAt, options: .regularExpression) != nil,
            "the accounts pane says when they were fetched:\n\(screen)")
        #expect(screen.contains("⟳"), "the refresh is still waiting for the network:\n\(screen)")
        try tmux?.send("q")
        try await tmux?.waitFor { $0.contains("EXIT=") }
        tmux = nil
        await sandbox.stop()
    }
}
