import CostCore
import Foundation

/// The Cloud.ru ingest cases, each run in its own child process so that its peak memory is
/// its own: throughput over pre-rendered pages, peak memory with pages rendered on demand,
/// and the JSONDecoder baseline.
enum IngestCases {
    /// Bytes → records through the client, `runs` timed runs after a warm-up.
    static func throughput(rows: Int, runs: Int) async throws {
        let dataset = CloudRuBenchDataset(targetRows: rows)
        let ingest = CloudRuIngest(dataset: dataset)
        let transport = CloudRuBenchTransport(dataset: dataset, prerendering: ingest.clientPageRequests)
        try ingest.verify(try await ingest.fetch(through: transport))
        var samples: [Double] = []
        for _ in 0..<runs {
            let (records, nanoseconds) = try await BenchClock.time { try await ingest.fetch(through: transport) }
            samples.append(Double(nanoseconds) / 1e6)
            try ingest.verify(records)
        }
        let median = SampleStats(samples).median / 1_000
        let rowsPerSecond = Double(dataset.rowCount) / median
        let megabytesPerSecond = Double(transport.prerenderedBytes) / median / 1e6
        CaseOutput.row(
            "ingest Cloud.ru \(SizeLabel.of(rows)) (client)", unit: "ms", samples: samples,
            detail: "\(SizeLabel.grouped(rowsPerSecond)) rows/s, \(SizeLabel.grouped(megabytesPerSecond)) MB/s, "
                + "\(dataset.rowCount) rows in \(transport.prerenderedBytes / 1_000_000) MB")
        CaseOutput.figure("ingest_rows_per_s", rowsPerSecond)
    }

    /// One read with pages rendered as they are asked for; reports the process's peak memory
    /// and what the records cost while held.
    static func peakMemory(rows: Int) async throws {
        let dataset = CloudRuBenchDataset(targetRows: rows)
        let ingest = CloudRuIngest(dataset: dataset)
        let transport = CloudRuBenchTransport(dataset: dataset)
        let before = ProcessMemory.residentMiB() ?? 0
        let (records, nanoseconds) = try await BenchClock.time { try await ingest.fetch(through: transport) }
        let held = (ProcessMemory.residentMiB() ?? 0) - before
        try ingest.verify(records)
        let peak = ProcessMemory.peakResidentMiB() ?? 0
        let bytesPerRecord = held * 1_048_576 / Double(max(1, records.count))
        CaseOutput.row(
            "ingest Cloud.ru \(SizeLabel.of(rows)) peak memory", unit: "MB", samples: [peak],
            detail: "records held: \(Int(held)) MB (\(Int(bytesPerRecord)) B/record, "
                + "\(records.series.count) series); pages rendered on demand, "
                + "read in \(Int(Double(nanoseconds) / 1e6)) ms")
        CaseOutput.figure("ingest_peak_rss_mb", peak)
        withExtendedLifetime(records) {}
    }

    /// The same pages through Foundation's JSONDecoder into `Decodable` rows with `Decimal`.
    static func jsonDecoderBaseline(rows: Int) throws {
        let dataset = CloudRuBenchDataset(targetRows: rows)
        let ingest = CloudRuIngest(dataset: dataset)
        let pages = ingest.pageRequests.map { dataset.page($0) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        _ = try decoder.decode(CloudRuDecodablePage.self, from: Data(pages[0]))
        var held: [CloudRuDecodableRow] = []
        var samples: [Double] = []
        var total: UInt64 = 0
        for page in pages {
            let (decoded, nanoseconds) = try BenchClock.time {
                try decoder.decode(CloudRuDecodablePage.self, from: Data(page))
            }
            total += nanoseconds
            held.append(contentsOf: decoded.consumptions)
            if decoded.consumptions.count >= 1_000 {
                samples.append(Double(nanoseconds) / 1e6 * 10_000 / Double(decoded.consumptions.count))
            }
        }
        try BenchFailure.check("JSONDecoder row count", held.count, equals: dataset.rowCount)
        let sum = held.reduce(Decimal.zero) { $0 + $1.amountWithVAT }
        let expected = Decimal(string: dataset.groundTruthWithVAT().description) ?? .nan
        if sum != expected {
            CaseOutput.note("JSONDecoder baseline: Decimal sum \(sum) differs from the exact \(expected)")
        }
        let rowsPerSecond = Double(held.count) / (Double(total) / 1e9)
        CaseOutput.row(
            "JSONDecoder baseline \(SizeLabel.of(rows)), per page", unit: "ms/10k rows",
            samples: samples.isEmpty ? [Double(total) / 1e6 * 10_000 / Double(max(1, held.count))] : samples,
            detail: "\(SizeLabel.grouped(rowsPerSecond)) rows/s (rows only, no records)")
        CaseOutput.figure("jsondecoder_rows_per_s", rowsPerSecond)
    }
}
