import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The Seeweb client against the simulator serving the answer shapes Seeweb's documents allow
/// but the client does not prefer: CSV under other header names and money as binary floats.
@Suite("Seeweb client against the simulator's variations")
struct SeewebVariationTests {
    static let now = SeewebContractTests.now
    static let rome = SeewebContractTests.rome

    /// Runs `body` against a simulator serving `variations`.
    func withSimulator(
        _ variations: Set<SimulatorVariation>, _ body: (RunningSimulator) async throws -> Void
    ) async throws {
        try await Simulator.withRunning(
            SimulatorConfiguration(port: 0, seed: 7, now: Self.now, variations: variations), body)
    }

    /// Every record of the simulator's history through a fresh client, and the client's notes.
    func fetchHistory(
        _ simulator: RunningSimulator, format: SeewebAccount.Format,
        transport: any HTTPTransport = AsyncHTTPClientTransport()
    ) async throws -> (records: [CostRecord], notes: [FetchNote]) {
        var account = SeewebAccount(
            name: "seeweb-varied", endpoint: try Endpoint(simulator.baseURL),
            token: Secret(SimulatorCredentials.seewebToken), format: format, zone: Self.rome, retry: .none,
            now: { Self.now })
        account.notes = FetchNotes()
        let client = SeewebClient(account: account, transport: transport)
        let records = try await client.fetchSpend(
            range: SeewebContractTests.history(simulator.seeweb), granularity: .month, zone: Self.rome)
        return (records, account.notes.all)
    }

    /// Checks the records month by month against the dataset's ground truth, exactly.
    func expectGroundTruth(
        _ records: [CostRecord], _ dataset: SeewebDataset, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(MoneyTotals(records.map(\.amount)).currencies == [.eur], sourceLocation: sourceLocation)
        #expect(dataset.months.count >= 14, sourceLocation: sourceLocation)
        for month in dataset.months {
            let own = records.filter {
                $0.native["year"] == String(month.year) && $0.native["month"] == String(month.month)
            }
            let servers = own.filter { $0.service != "template" }.reduce(Amount.zero) { $0 + $1.amount.amount }
            let templates = own.filter { $0.service == "template" }.reduce(Amount.zero) { $0 + $1.amount.amount }
            #expect(
                servers == dataset.serverCost(year: month.year, month: month.month), "\(month)",
                sourceLocation: sourceLocation)
            #expect(
                templates == dataset.templateCost(year: month.year, month: month.month), "\(month)",
                sourceLocation: sourceLocation)
        }
        let expected = dataset.months.reduce(Amount.zero) { $0 + dataset.totalCost(year: $1.year, month: $1.month) }
        #expect(MoneyTotals(records.map(\.amount))[.eur].amount == expected, sourceLocation: sourceLocation)
        #expect(!records.contains { $0.native["part"] == "rounding" }, sourceLocation: sourceLocation)
    }

    /// The records of the plain simulator, for comparison.
    func plainRecords(format: SeewebAccount.Format) async throws -> [CostRecord] {
        var records: [CostRecord] = []
        try await withSimulator([]) { simulator in
            records = try await fetchHistory(simulator, format: format).records
        }
        return records
    }

    @Test("CSV under other header names, in another order, with unknown columns: same records, one warning")
    func csvHeaders() async throws {
        let plain = try await plainRecords(format: .csv)
        try await withSimulator([.seewebCSVHeaders]) { simulator in
            let transport = SeewebRecordingTransport()
            let (records, notes) = try await fetchHistory(simulator, format: .csv, transport: transport)
            #expect(transport.bodies.first?.hasPrefix("Nome,Parte,Prezzo (EUR),Ore,Datacenter,Costo,") == true)
            expectGroundTruth(records, simulator.seeweb)
            #expect(records == plain)
            let warnings = notes.filter { $0.kind == .warning }.map(\.message)
            #expect(
                Set(warnings) == [
                    "the servers CSV has columns that are not read: 'Datacenter', 'Tags'",
                    "the templates CSV has columns that are not read: 'Datacenter'",
                ])
            #expect(notes.allSatisfy { $0.account == "seeweb-varied" && $0.provider == .seeweb })
        }
    }

    @Test(
        "Money as binary floats is rounded to the cent: totals equal the ground truth",
        arguments: SeewebAccount.Format.allCases)
    func floatMoney(format: SeewebAccount.Format) async throws {
        let plain = try await plainRecords(format: format)
        try await withSimulator([.seewebFloatMoney]) { simulator in
            let transport = SeewebRecordingTransport()
            let (records, notes) = try await fetchHistory(simulator, format: format, transport: transport)
            let served = transport.bodies.joined()
            // The answers really carry float noise of both kinds.
            #expect(served.contains("99999999"))
            #expect(served.contains("00000000001"))
            expectGroundTruth(records, simulator.seeweb)
            #expect(records == plain)
            #expect(notes.isEmpty)
        }
    }

    @Test("Every Seeweb variation at once, JSON and CSV: the ground truth to the cent, the same records")
    func allVariations() async throws {
        let seeweb: Set<SimulatorVariation> = [.seewebCSVHeaders, .seewebFloatMoney]
        #expect(seeweb.isSubset(of: SimulatorVariation.moneyPreserving))
        for variations in [seeweb, SimulatorVariation.moneyPreserving] {
            try await withSimulator(variations) { simulator in
                let json = try await fetchHistory(simulator, format: .json)
                let csv = try await fetchHistory(simulator, format: .csv)
                expectGroundTruth(json.records, simulator.seeweb)
                expectGroundTruth(csv.records, simulator.seeweb)
                #expect(json.records == csv.records)
                #expect(json.notes.isEmpty)
                #expect(csv.notes.map(\.kind) == [.warning, .warning])
            }
        }
    }

    @Test("A configured currency labels every amount; EUR is the default")
    func configuredCurrency() async throws {
        try await withSimulator([]) { simulator in
            var account = SeewebAccount(
                name: "seeweb-usd", endpoint: try Endpoint(simulator.baseURL),
                token: Secret(SimulatorCredentials.seewebToken), zone: Self.rome, retry: .none, now: { Self.now })
            #expect(account.currency == .eur)
            account.currency = .usd
            let month = simulator.seeweb.currentMonth.previous
            let records = try await SeewebClient(account: account, transport: AsyncHTTPClientTransport()).fetchSpend(
                range: DateRange(start: month.start, end: month.end), granularity: .month, zone: Self.rome)
            #expect(!records.isEmpty)
            #expect(MoneyTotals(records.map(\.amount)).currencies == [.usd])
            #expect(
                MoneyTotals(records.map(\.amount))[.usd].amount
                    == simulator.seeweb.totalCost(year: month.year, month: month.month))
        }
    }
}
