import Foundation

/// Process start to first frame: the `costscope` binary next to this one, headless
/// (`--snapshot 200x50`), timed from spawn to exit, with its peak resident memory.
///
/// The SQLite cache is not part of the package yet, so this measures `costscope demo`,
/// which starts the built-in simulator and fetches every demo account over loopback before
/// its first frame; a warm cache of 1M records would skip the fetch.
enum StartCase {
    /// The demo's fixed clock, so every run fetches the same data.
    static let now = "2026-11-20"

    /// Runs the case `runs` times after a warm-up; returns the median ms, or nil when the
    /// binary is missing.
    static func run(runs: Int, binaryDirectory: URL) throws -> Double? {
        let binary = binaryDirectory.appendingPathComponent("costscope").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            CaseOutput.note(
                "start: no costscope binary at \(binary); build it with the same configuration "
                    + "(swift build -c release) to measure the first frame")
            return nil
        }
        let process = SpawnedProcess(
            path: binary, arguments: ["demo", "--now", now, "--snapshot", "200x50", "--color", "never"])
        var outcomes: [SpawnedProcess.Outcome] = []
        for index in 0...runs {
            let outcome = try process.run()
            guard outcome.status == 0 else {
                throw BenchFailure("costscope demo --snapshot exited with status \(outcome.status)")
            }
            try check(outcome.output)
            if index > 0 { outcomes.append(outcome) }
        }
        let times = outcomes.map(\.milliseconds)
        let memory = outcomes.map(\.peakResidentMiB)
        CaseOutput.row(
            "start: costscope demo to first frame (no cache yet)", unit: "ms", samples: times,
            detail: "simulator start + loopback fetch of all demo accounts + frame")
        CaseOutput.row("start: costscope demo peak memory", unit: "MB", samples: memory)
        CaseOutput.figure("first_frame_ms", SampleStats(times).median)
        CaseOutput.figure("demo_peak_rss_mb", SampleStats(memory).maximum)
        return SampleStats(times).median
    }

    /// Throws unless the snapshot is a whole 200×50 frame with every demo account loaded.
    private static func check(_ output: String) throws {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 50 else {
            throw BenchFailure("the demo snapshot has \(lines.count) lines, expected a 200x50 frame")
        }
        for account in ["selectel", "cloudru", "onapp", "seeweb", "f5"] where !output.contains(account) {
            throw BenchFailure("the demo snapshot does not show the \(account) account")
        }
    }
}
