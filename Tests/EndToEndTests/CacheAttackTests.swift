import Foundation
import GRDB
import Testing

/// The cache through the real binary under hostile conditions: two processes creating it at
/// once, a file damaged in the middle, writes that fail (a read-only folder, a file size
/// limit), and `--offline` right after an online run for every provider of the demo.
@Suite("Cache under attack, end to end")
struct CacheAttackTests {
    static let now = "2026-11-20T12:00:00Z"
    let demoReport = [
        "report", "--demo", "--now", Self.now, "--range", "last-30-days", "--tz", "UTC", "--group-by", "provider",
        "--format", "json",
    ]

    private func run(_ arguments: [String], cache directory: String) throws -> Binary.Result {
        try Binary.run(arguments + ["--cache-dir", directory], environment: ["COSTSCOPE_CACHE_DIR": directory])
    }

    private func files(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
    }

    @Test func twoProcessesStartingOnAFreshCacheBothSucceed() async throws {
        let arguments = ["report", "--demo", "--account", "selectel-demo", "--now", Self.now, "--range", "last-7-days"]
        for _ in 0..<8 {
            let directory = TestCacheDirectory.make()
            defer { TestCacheDirectory.remove(directory) }
            async let first = CacheSandbox.onOwnThread { try self.run(arguments, cache: directory) }
            async let second = CacheSandbox.onOwnThread { try self.run(arguments, cache: directory) }
            let both = try await [first, second]
            for result in both {
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stderr.isEmpty, "\(result.stderr)")
            }
            #expect(both[0].stdout == both[1].stdout)
            let names = try files(in: directory)
            #expect(!names.contains { $0.contains("corrupt") }, "\(names)")
        }
    }

    @Test func aCacheDamagedInTheMiddleIsMovedAsideAndTheOutputStaysRight() throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        let truth = try run(demoReport, cache: directory)
        #expect(truth.status == 0, "\(truth.stderr)")
        let path = directory + "/demo.sqlite"

        try damagePagesInTheMiddle(of: path)
        let online = try run(demoReport, cache: directory)

        #expect(online.status == 0, "\(online.stderr)")
        #expect(online.stdout == truth.stdout, "the damaged cache never changes the numbers")
        #expect(online.stderr.split(separator: "\n").count == 1, "one note: \(online.stderr)")
        #expect(online.stderr.hasPrefix("costscope: warning: the cache file \(path) is damaged"), "\(online.stderr)")
        #expect(online.stderr.contains("moved it to \(path).corrupt-"), "\(online.stderr)")
        #expect(try files(in: directory).contains { $0.hasPrefix("demo.sqlite.corrupt-") })
        let rebuilt = try run(demoReport + ["--offline"], cache: directory)
        #expect(rebuilt.status == 0, "the fresh cache holds everything the run fetched or read: \(rebuilt.stderr)")
        #expect(rebuilt.stdout == truth.stdout)
    }

    /// A few bytes changed anywhere in the file: a table, an index, a value's overflow page or a
    /// free page. Whatever SQLite notices or not, the numbers are right, or the run says what is
    /// wrong and fails; never other numbers with success.
    @Test(arguments: [0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.9])
    func bytesChangedAnywhereNeverChangeTheNumbers(at fraction: Double) throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        let truth = try run(demoReport, cache: directory)
        #expect(truth.status == 0, "\(truth.stderr)")
        let handle = try #require(FileHandle(forUpdatingAtPath: directory + "/demo.sqlite"))
        let pages = try handle.seekToEnd() / 4096
        try handle.seek(toOffset: UInt64(Double(pages) * fraction) * 4096 + 1000)
        handle.write(Data(repeating: 0x5A, count: 16))
        try handle.close()

        let online = try run(demoReport, cache: directory)
        let offline = try run(demoReport + ["--offline"], cache: directory)

        #expect(online.status == 0, "\(online.stderr)")
        #expect(online.stdout == truth.stdout, "\(online.stderr)")
        #expect(online.stderr.split(separator: "\n").count <= 1, "at most the one note: \(online.stderr)")
        if offline.status == 0 {
            #expect(offline.stdout == truth.stdout, "\(offline.stderr)")
        } else {
            // Accounts still cached whole are reported; each of their figures is the truth's.
            #expect(offline.stderr.contains("--offline: nothing cached for"), "\(offline.stderr)")
            let truthGroups = try groups(in: truth.stdout)
            for (key, amounts) in try groups(in: offline.stdout) {
                #expect(truthGroups[key] == amounts, "group \(key): \(offline.stdout)")
            }
        }
    }

    /// The amounts of each group of a JSON report, by group key.
    private func groups(in report: String) throws -> [String: String] {
        let document = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let groups = document?["groups"] as? [[String: Any]] ?? []
        var amounts: [String: String] = [:]
        for group in groups {
            let key = try #require(group["key"] as? String, "\(group)")
            let data = try JSONSerialization.data(withJSONObject: group["amounts"] ?? [], options: .sortedKeys)
            amounts[key] = String(decoding: data, as: UTF8.self)
        }
        return amounts
    }

    @Test func offlineOnADamagedCacheSaysWhatIsMissingWithoutSQL() throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        #expect(try run(demoReport, cache: directory).status == 0)
        let path = directory + "/demo.sqlite"

        try damagePagesInTheMiddle(of: path)
        let offline = try run(demoReport + ["--offline"], cache: directory)

        #expect(offline.status == 1)
        #expect(offline.stderr.hasPrefix("costscope: warning: the cache file \(path) is damaged"), "\(offline.stderr)")
        #expect(
            offline.stderr.contains("--offline: nothing cached for 2026-10-22 – 2026-11-20 (UTC)"), "\(offline.stderr)")
        for sql in ["SELECT", "INSERT", "while executing", "FROM piece", "SQLite error"] {
            #expect(!offline.stderr.contains(sql), "no SQL in messages: \(offline.stderr)")
        }
        let again = try run(demoReport + ["--refresh"], cache: directory)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.isEmpty, "the damaged file was already replaced: \(again.stderr)")
        #expect(try run(demoReport + ["--offline"], cache: directory).status == 0, "--refresh filled the fresh cache")
    }

    @Test func aReadOnlyCacheFolderIsReportedOnceAndTheOutputStaysRight() throws {
        let directory = TestCacheDirectory.make()
        defer {
            chmod(directory, 0o700)
            TestCacheDirectory.remove(directory)
        }
        let lastWeek = ["report", "--demo", "--now", Self.now, "--range", "last-7-days", "--format", "json"]
        #expect(try run(lastWeek, cache: directory).status == 0)
        let truth = try run(demoReport + ["--no-cache"], cache: directory)
        chmod(directory, 0o555)

        let result = try withoutOverridingPermissions(demoReport + ["--cache-dir", directory], cache: directory)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == truth.stdout)
        #expect(
            result.stderr
                == "costscope: warning: could not write to the cache file \(directory)/demo.sqlite: the folder \(directory) is read-only; fetched data is not kept for the next run\n"
        )
    }

    @Test func aFileSizeLimitIsReportedOnceAndDoesNotKillTheProcess() throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        let truth = try run(demoReport + ["--no-cache"], cache: directory)

        let fresh = try limited(demoReport, cache: directory)
        #expect(fresh.status == 0, "SIGXFSZ must not end the process: \(fresh.stderr)")
        #expect(fresh.stdout == truth.stdout)
        #expect(
            fresh.stderr
                == "costscope: warning: could not open the cache file \(directory)/demo.sqlite: the file size limit (ulimit -f) was reached; continuing without the cache\n"
        )

        try? FileManager.default.removeItem(atPath: directory + "/demo.sqlite")
        let lastWeek = ["report", "--demo", "--now", Self.now, "--range", "last-7-days", "--format", "json"]
        #expect(try run(lastWeek, cache: directory).status == 0)
        let existing = try limited(demoReport, cache: directory)
        #expect(existing.status == 0, "\(existing.stderr)")
        #expect(existing.stdout == truth.stdout)
        #expect(
            existing.stderr
                == "costscope: warning: could not write to the cache file \(directory)/demo.sqlite: the file size limit (ulimit -f) was reached; fetched data is not kept for the next run\n"
        )
    }

    @Test(arguments: ["last-7-days", "last-30-days", "month-to-date", "last-month"])
    func offlineRightAfterAnOnlineRunGivesTheSameTotalsForEveryProvider(range: String) throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        let arguments = [
            "report", "--demo", "--now", Self.now, "--range", range, "--tz", "UTC", "--group-by", "provider",
            "--format",
            "json",
        ]
        let online = try run(arguments, cache: directory)
        #expect(online.status == 0, "\(online.stderr)")
        let offline = try run(arguments + ["--offline"], cache: directory)
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stderr.isEmpty, "\(offline.stderr)")
        #expect(offline.stdout == online.stdout)
        for provider in ["Selectel", "Cloud.ru", "OnApp", "Seeweb", "F5"] {
            #expect(online.stdout.contains(provider), "\(provider) is in the report:\n\(online.stdout)")
        }
    }

    @Test func aRangeExtendingACachedOneCountsAWholeMonthOnce() throws {
        let directory = TestCacheDirectory.make()
        defer { TestCacheDirectory.remove(directory) }
        let common = [
            "report", "--demo", "--now", Self.now, "--tz", "UTC", "--group-by", "provider", "--format", "json",
        ]
        let firstDays = try run(common + ["--from", "2026-10-01", "--to", "2026-10-20"], cache: directory)
        #expect(firstDays.status == 0, "\(firstDays.stderr)")
        let october = common + ["--from", "2026-10-01", "--to", "2026-10-31"]
        let truth = try run(october + ["--no-cache"], cache: directory)

        // Seeweb and F5 answer the fetch of 21–31 October with the whole month again.
        let extended = try run(october, cache: directory)

        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(extended.stdout == truth.stdout)
        #expect(try run(october + ["--offline"], cache: directory).stdout == truth.stdout)
    }

    /// Overwrites four pages in the middle of the SQLite file at `path` with garbage: most
    /// pages hold records, so at least one the next run reads is damaged.
    private func damagePagesInTheMiddle(of path: String) throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        let pages = try handle.seekToEnd() / 4096
        #expect(pages > 16, "the cache has pages to damage")
        try handle.seek(toOffset: pages / 2 * 4096)
        handle.write(Data((0..<(4 * 4096)).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 3) }))
    }

    /// Runs the binary under `ulimit -f 1` (512-byte blocks in sh).
    private func limited(_ arguments: [String], cache directory: String) throws -> Binary.Result {
        let quoted = ([Binary.path] + arguments + ["--cache-dir", directory]).map { "'\($0)'" }.joined(separator: " ")
        return try Binary.runCommand(
            "/bin/sh", ["-c", "ulimit -f 1; exec \(quoted)"], environment: ["COSTSCOPE_CACHE_DIR": directory])
    }

    /// Runs the binary so that folder permissions apply even to root (which may otherwise
    /// write into a read-only folder): as root, without the capabilities that override them.
    private func withoutOverridingPermissions(_ arguments: [String], cache directory: String) throws -> Binary.Result {
        guard geteuid() == 0 else {
            return try Binary.runCommand(Binary.path, arguments, environment: ["COSTSCOPE_CACHE_DIR": directory])
        }
        return try Binary.runCommand(
            "/usr/bin/setpriv",
            ["--bounding-set", "-dac_override,-dac_read_search,-fowner", "--", Binary.path] + arguments,
            environment: ["COSTSCOPE_CACHE_DIR": directory])
    }
}
