import CostCore
import Foundation
import Providers

/// Ingest of the other large answers: OnApp hourly stats (JSON and XML, decoded and appended
/// to a store by the client) and Selectel consumption rows (read into a store by the client).
enum OtherIngestCases {
    /// Runs the three cases at `scale` (1 for the full run), `runs` times each after a warm-up.
    static func run(scale: Double, runs: Int) throws {
        let onApp = OnAppBenchPages(servers: 200, hours: max(1, Int(240 * scale)))
        func client(_ format: OnAppFormat) throws -> OnAppClient {
            var account = OnAppAccount(
                name: "onapp-bench", endpoint: try Endpoint("https://onapp.example.com"), userID: 7,
                email: "bench@example.com", apiKey: Secret("bench"))
            account.format = format
            return OnAppClient(account: account, transport: NoNetworkTransport())
        }
        let jsonClient = try client(.json)
        let xmlClient = try client(.xml)
        let json = onApp.json()
        try measure(
            "ingest OnApp JSON \(SizeLabel.of(onApp.rowCount)) rows", bytes: json.count, rows: onApp.rowCount,
            runs: runs
        ) {
            try jsonClient.store(fromAnswer: json)
        } check: { records in
            try verify(records, count: onApp.recordCount, total: onApp.groundTruth, currency: .usd, what: "OnApp JSON")
        }
        let xml = onApp.xml()
        try measure(
            "ingest OnApp XML \(SizeLabel.of(onApp.rowCount)) rows", bytes: xml.count, rows: onApp.rowCount, runs: runs
        ) {
            try xmlClient.store(fromAnswer: xml)
        } check: { records in
            try verify(records, count: onApp.recordCount, total: onApp.groundTruth, currency: .usd, what: "OnApp XML")
        }
        let selectel = SelectelBenchPages(rowCount: max(1_000, Int(200_000 * scale)))
        let body = selectel.json()
        let selectelClient = SelectelClient(
            account: SelectelAccount(
                name: "selectel-bench", endpoint: try Endpoint(SelectelAccount.defaultEndpoint), token: Secret("bench")),
            transport: NoNetworkTransport())
        // From 2026-07-01 00:00 Moscow time, the answer's first hour.
        let hours = DateRange(
            start: Date(timeIntervalSince1970: 1_782_853_200),
            end: Date(timeIntervalSince1970: 1_782_853_200 + Double(selectel.rowCount / 8_000 + 1) * 3_600))
        try measure(
            "ingest Selectel \(SizeLabel.of(selectel.rowCount)) rows", bytes: body.count, rows: selectel.rowCount,
            runs: runs
        ) {
            try selectelClient.store(fromConsumption: body, range: hours, bucket: .hour, currency: .rub)
        } check: { records in
            try verify(records, count: selectel.rowCount, total: selectel.groundTruth, currency: .rub, what: "Selectel")
        }
    }

    private static func verify(_ records: SpendStore, count: Int, total: Amount, currency: Currency, what: String)
        throws
    {
        try BenchFailure.check("\(what) record count", records.count, equals: count)
        try BenchFailure.check("\(what) total", MoneyTotals(records.map(\.amount))[currency].amount, equals: total)
    }

    /// Times `body` after one warm-up run; every result passes `check` (outside the timing).
    private static func measure<Result>(
        _ name: String, bytes: Int, rows: Int, runs: Int, _ body: () throws -> Result,
        check: (Result) throws -> Void
    ) throws {
        try check(try body())
        var samples: [Double] = []
        for _ in 0..<runs {
            let (result, nanoseconds) = try BenchClock.time(body)
            samples.append(Double(nanoseconds) / 1e6)
            try check(result)
        }
        let seconds = SampleStats(samples).median / 1_000
        CaseOutput.row(
            name, unit: "ms", samples: samples,
            detail: "\(SizeLabel.grouped(Double(rows) / seconds)) rows/s, "
                + "\(SizeLabel.grouped(Double(bytes) / seconds / 1e6)) MB/s")
    }
}
