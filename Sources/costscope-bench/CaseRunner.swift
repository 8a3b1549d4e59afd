import Explorer
import Foundation
import TerminalKit

/// Runs one case inside a child process (`--case NAME`).
enum CaseRunner {
    /// Runs the case `options` names.
    static func run(_ options: BenchOptions) async throws {
        switch options.caseName {
        case "ingest": try await IngestCases.throughput(rows: options.rows, runs: options.runs)
        case "ingest-peak": try await IngestCases.peakMemory(rows: options.rows)
        case "jsondecoder": try IngestCases.jsonDecoderBaseline(rows: options.rows)
        case "other-ingest": try OtherIngestCases.run(scale: options.scale, runs: options.runs)
        case "explore": try await explore(options)
        case "seed-cache":
            guard let directory = options.directory else { throw BenchFailure("seed-cache needs --dir") }
            try await CacheSeedCase.run(rows: options.rows, directory: directory, port: options.port)
        default: throw BenchFailure("unknown case '\(options.caseName ?? "")'")
        }
    }

    /// Regroup, frame and terminal cases on one loaded state.
    private static func explore(_ options: BenchOptions) async throws {
        var fixture = try await ExploreFixture(rows: options.rows, size: TerminalSize(width: 200, height: 50))
        let label = SizeLabel.of(options.rows)
        let regroupLoop = SampleLoop(samples: options.samples, minimumSamples: 5, budgetSeconds: options.quick ? 4 : 12)
        _ = try RegroupCase.run(&fixture, loop: regroupLoop, label: label)
        let frameLoop = SampleLoop(
            samples: options.samples * 10, minimumSamples: 20, budgetSeconds: options.quick ? 3 : 8)
        try FrameCase.run(&fixture, loop: frameLoop, label: label)
        try TerminalBytesCase.run(&fixture, moves: 20)
    }
}
