import CostCore
import Foundation

/// Process start to first frame: the `costscope` binary next to this one, headless
/// (`--snapshot 200x50`), timed from spawn to exit (it prints the frame and exits), with its
/// peak resident memory.
///
/// The headline case opens a cache seeded with the generated quarter (``CacheSeedCase``) and
/// reads it `--offline`, on a config whose account points at a closed loopback port, so no
/// request can leave the machine. The secondary case is `costscope demo`, which starts the
/// built-in simulator and fetches every demo account over loopback, without a cache (`--no-cache`:
/// the figure then depends neither on the user's cache directory nor on earlier runs, and the
/// bench never writes there). The same case runs on the debug binary that `swift run` builds,
/// when there is one, for `debug_demo_first_frame_ms`.
enum StartCase {
    /// The demo's fixed clock, so every run fetches the same data.
    static let now = "2026-11-20"

    /// The `costscope` binary in `directory`, or nil (with a note) when it is not built.
    static func binary(in directory: URL) -> String? {
        let binary = directory.appendingPathComponent("costscope").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            CaseOutput.note(
                "start: no costscope binary at \(binary); build it with the same configuration "
                    + "(swift build -c release) to measure the first frame")
            return nil
        }
        return binary
    }

    /// Times `costscope --offline --snapshot` on `fixture`'s seeded cache of `rows` records,
    /// `runs` times after a warm-up, and checks each frame's total; reports `first_frame_ms`.
    static func runCached(binary: String, fixture: CacheStartFixture, rows: Int, runs: Int) throws {
        let first = RFC3339Day.text(day: CloudRuBenchDataset.firstDay).prefix(10)
        let last = RFC3339Day.text(day: CloudRuBenchDataset.firstDay + CloudRuBenchDataset.dayCount - 1).prefix(10)
        let process = SpawnedProcess(
            path: binary,
            arguments: [
                "--config", fixture.configPath, "--cache-dir", fixture.cacheDirectory, "--offline", "--from",
                String(first), "--to", String(last), "--tz", "UTC", "--snapshot", "200x50", "--color", "never",
            ])
        let expected = "Total " + Money(CloudRuBenchDataset(targetRows: rows).groundTruthWithVAT(), .rub).formatted
        let outcomes = try timed(process, runs: runs, what: "costscope --offline --snapshot") { output in
            guard output.contains(expected) else {
                throw BenchFailure(
                    "exactness check failed: the cached first frame does not show '\(expected)'\n\(output)")
            }
        }
        let times = outcomes.map(\.milliseconds)
        let memory = outcomes.map(\.peakResidentMiB)
        let label = SizeLabel.of(rows)
        CaseOutput.row(
            "start: first frame from a warm cache of \(label) records", unit: "ms", samples: times,
            detail: "costscope --offline --snapshot 200x50: open the cache, read every record, group, draw")
        CaseOutput.row("start: cached first frame peak memory (\(label))", unit: "MB", samples: memory)
        CaseOutput.figure("first_frame_ms", SampleStats(times).median)
        CaseOutput.figure("cached_start_peak_rss_mb", SampleStats(memory).maximum)
    }

    /// Times `costscope demo --snapshot` `runs` times after a warm-up; reports `demo_first_frame_ms`
    /// and `demo_peak_rss_mb` (the whole process's peak resident memory, the worst run).
    static func runDemo(binary: String, runs: Int) throws {
        let outcomes = try timedDemo(binary: binary, runs: runs)
        let times = outcomes.map(\.milliseconds)
        let memory = outcomes.map(\.peakResidentMiB)
        CaseOutput.row(
            "start: costscope demo to first frame (no cache)", unit: "ms", samples: times,
            detail: "simulator start + loopback fetch of all demo accounts + frame")
        CaseOutput.row("start: costscope demo peak memory", unit: "MB", samples: memory)
        CaseOutput.figure("demo_first_frame_ms", SampleStats(times).median)
        CaseOutput.figure("demo_peak_rss_mb", SampleStats(memory).maximum)
        #if DEBUG
            // This bench and the binary next to it are the debug build that `swift run` makes.
            CaseOutput.figure("debug_demo_first_frame_ms", SampleStats(times).median)
        #endif
    }

    /// The debug `costscope` that `swift run costscope` builds, when this bench is a release
    /// build and that binary exists: SwiftPM puts both configurations side by side under the
    /// triple's directory (`.build/<triple>/release`, `.build/<triple>/debug`).
    static func debugBinary(besides directory: URL) -> String? {
        #if DEBUG
            return nil
        #else
            let debug = directory.deletingLastPathComponent().appendingPathComponent("debug/costscope").path
            guard FileManager.default.isExecutableFile(atPath: debug) else {
                CaseOutput.note(
                    "start: no debug costscope at \(debug); build it (swift build --product costscope) "
                        + "to measure debug_demo_first_frame_ms")
                return nil
            }
            return debug
        #endif
    }

    /// Times the demo on the debug binary; reports `debug_demo_first_frame_ms`. The binary is
    /// whatever was last built in debug: a note says so when it is older than the release one.
    static func runDebugDemo(binary: String, releaseBinary: String, runs: Int) throws {
        let outcomes = try timedDemo(binary: binary, runs: runs)
        let times = outcomes.map(\.milliseconds)
        CaseOutput.row(
            "start: debug costscope demo to first frame (no cache)", unit: "ms", samples: times,
            detail: "the same case on the unoptimised binary that swift run builds")
        CaseOutput.figure("debug_demo_first_frame_ms", SampleStats(times).median)
        let modified = { (path: String) in
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        }
        if let debugDate = modified(binary), let releaseDate = modified(releaseBinary), debugDate < releaseDate {
            CaseOutput.note(
                "start: the debug costscope is older than the release one; rebuild it (swift build) "
                    + "if debug_demo_first_frame_ms should describe the same sources")
        }
    }

    /// The demo case's runs on `binary`, each output checked.
    private static func timedDemo(binary: String, runs: Int) throws -> [SpawnedProcess.Outcome] {
        let process = SpawnedProcess(
            path: binary,
            arguments: ["demo", "--now", now, "--snapshot", "200x50", "--color", "never", "--no-cache"])
        return try timed(process, runs: runs, what: "costscope demo --snapshot", check: checkDemo)
    }

    /// Runs `process` once untimed and `runs` times timed, checking every output.
    private static func timed(
        _ process: SpawnedProcess, runs: Int, what: String, check: (String) throws -> Void
    ) throws -> [SpawnedProcess.Outcome] {
        var outcomes: [SpawnedProcess.Outcome] = []
        for index in 0...runs {
            let outcome = try process.run()
            guard outcome.status == 0 else { throw BenchFailure("\(what) exited with status \(outcome.status)") }
            try check(outcome.output)
            if index > 0 { outcomes.append(outcome) }
        }
        return outcomes
    }

    /// Throws unless the snapshot is a whole 200×50 frame with every demo account loaded.
    private static func checkDemo(_ output: String) throws {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 50 else {
            throw BenchFailure("the demo snapshot has \(lines.count) lines, expected a 200x50 frame")
        }
        for account in ["selectel", "cloudru", "onapp", "seeweb", "f5"] where !output.contains(account) {
            throw BenchFailure("the demo snapshot does not show the \(account) account")
        }
    }
}
