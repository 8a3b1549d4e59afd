import Foundation

/// The parent's sequence of cases, full or quick, each in its own child process.
struct BenchPlan {
    /// Cloud.ru ingest sizes, smallest first; the last is the headline case.
    let ingestSizes: [Int]
    /// Timed runs of each ingest size.
    let ingestRuns: Int
    /// The size of the other providers' answers (1 = full).
    let otherScale: Double
    /// Samples per regroup operation.
    let regroupSamples: Int
    /// Timed runs of the start case.
    let startRuns: Int

    /// The plan for `quick` or the full run.
    init(quick: Bool) {
        ingestSizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]
        ingestRuns = quick ? 3 : 5
        otherScale = quick ? 0.25 : 1
        regroupSamples = quick ? 10 : 30
        startRuns = quick ? 2 : 5
    }

    /// Runs every case and returns the report.
    func run(quick: Bool) throws -> BenchReport {
        var report = BenchReport()
        let headline = ingestSizes[ingestSizes.count - 1]
        var rates: [String] = []
        for rows in ingestSizes {
            print("ingest Cloud.ru \(SizeLabel.of(rows)) …")
            report.absorb(
                try ChildCase.run(["--case", "ingest", "--rows", String(rows), "--runs", String(ingestRuns)]))
            rates.append("\(SizeLabel.of(rows)): \(SizeLabel.grouped(report.figure("ingest_rows_per_s") ?? 0)) rows/s")
            report.absorb(try ChildCase.run(["--case", "ingest-peak", "--rows", String(rows)]))
        }
        report.note("ingest linearity (rows/s): " + rates.joined(separator: ", "))
        print("JSONDecoder baseline \(SizeLabel.of(headline)) …")
        report.absorb(try ChildCase.run(["--case", "jsondecoder", "--rows", String(headline)]))
        if let ours = report.figure("ingest_rows_per_s"), let theirs = report.figure("jsondecoder_rows_per_s"),
            theirs > 0
        {
            report.set("ingest_vs_jsondecoder", ours / theirs)
        }
        print("OnApp and Selectel ingest …")
        report.absorb(
            try ChildCase.run(["--case", "other-ingest", "--scale", String(otherScale), "--runs", String(ingestRuns)]))
        print("regroup, frame and terminal bytes over \(SizeLabel.of(headline)) records …")
        var explore = ["--case", "explore", "--rows", String(headline), "--samples", String(regroupSamples)]
        if quick { explore.append("--quick") }
        report.absorb(try ChildCase.run(explore))
        print("start to first frame …")
        var binary: String?
        report.absorb(try captured { binary = StartCase.binary(in: ChildCase.directory) })
        if let binary {
            let fixture = try CacheStartFixture()
            defer { fixture.remove() }
            report.absorb(
                try ChildCase.run([
                    "--case", "seed-cache", "--rows", String(headline), "--dir", fixture.cacheDirectory, "--port",
                    String(fixture.port),
                ]))
            report.absorb(
                try captured {
                    try StartCase.runCached(binary: binary, fixture: fixture, rows: headline, runs: startRuns)
                })
            report.absorb(try captured { try StartCase.runDemo(binary: binary, runs: startRuns) })
            var debugBinary: String?
            report.absorb(try captured { debugBinary = StartCase.debugBinary(besides: ChildCase.directory) })
            if let debugBinary {
                // Each debug run takes seconds: three are enough for a median and keep the full run short.
                report.absorb(
                    try captured {
                        try StartCase.runDebugDemo(
                            binary: debugBinary, releaseBinary: binary, runs: min(startRuns, 3))
                    })
            }
        }
        return report
    }

    /// Runs `body` in this process, collecting the case lines it prints.
    private func captured(_ body: () throws -> Void) throws -> String {
        var lines: [String] = []
        try CaseOutput.collecting(into: &lines, body)
        return lines.joined(separator: "\n")
    }
}
