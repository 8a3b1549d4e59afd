import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The Seeweb client against the built-in simulator over real loopback HTTP.
@Suite("Seeweb client against the simulator")
struct SeewebContractTests {
    /// 2026-04-10T08:00:00Z: 10:00 in Rome (summer time), so April is the current, partial month.
    static let now = CivilDateTime(parsing: "2026-04-10T08:00:00")!.date(utcOffsetSeconds: 0)
    static let rome = TimeZone(identifier: "Europe/Rome")!
    static let utc = TimeZone(identifier: "UTC")!

    static func instant(_ text: String) -> Date { CivilDateTime(parsing: text)!.date(utcOffsetSeconds: 0) }

    func withSimulator(_ body: (RunningSimulator) async throws -> Void) async throws {
        try await Simulator.withRunning(SimulatorConfiguration(port: 0, seed: 7, now: Self.now), body)
    }

    func client(
        _ simulator: RunningSimulator, token: String = SimulatorCredentials.seewebToken,
        format: SeewebAccount.Format = .json, zone: TimeZone = SeewebContractTests.rome,
        now: Date = SeewebContractTests.now, transport: any HTTPTransport = AsyncHTTPClientTransport()
    ) throws -> SeewebClient {
        let account = SeewebAccount(
            name: "seeweb-test", endpoint: try Endpoint(simulator.baseURL), token: Secret(token), format: format,
            zone: zone, retry: .none, now: { now })
        return SeewebClient(account: account, transport: transport)
    }

    /// The whole history the simulator serves, as a UTC range.
    static func history(_ dataset: SeewebDataset) -> DateRange {
        DateRange(start: dataset.firstMonth.start, end: now)
    }

    @Test("Each month is one GET for servers and one for templates, with the token header and type")
    func requestShape() async throws {
        try await withSimulator { simulator in
            for format in SeewebAccount.Format.allCases {
                let transport = SeewebRecordingTransport()
                let seeweb = try client(simulator, format: format, transport: transport)
                let range = DateRange(
                    start: Self.instant("2026-01-20T00:00:00"), end: Self.instant("2026-03-02T00:00:00"))
                _ = try await seeweb.fetchSpend(range: range, granularity: .day, zone: Self.rome)
                let paths = transport.requests.map(\.url.path)
                #expect(
                    paths == [
                        "/ecs/v2/billing/servers/2026/1", "/ecs/v2/billing/templates/2026/1",
                        "/ecs/v2/billing/servers/2026/2", "/ecs/v2/billing/templates/2026/2",
                        "/ecs/v2/billing/servers/2026/3", "/ecs/v2/billing/templates/2026/3",
                    ])
                for request in transport.requests {
                    #expect(request.method == "GET")
                    #expect(request.body == nil)
                    #expect(request.url.query == "type=\(format.rawValue)")
                    let token = request.headers.filter { $0.name == "X-APITOKEN" }.map(\.value)
                    #expect(token == [SimulatorCredentials.seewebToken])
                    #expect(request.url.absoluteString.hasPrefix(simulator.baseURL + "/ecs/v2/billing/"))
                }
            }
        }
    }

    @Test("Months that start after now are never requested")
    func futureMonthsAreNotRequested() async throws {
        try await withSimulator { simulator in
            let transport = SeewebRecordingTransport()
            let seeweb = try client(simulator, transport: transport)
            let range = DateRange(start: Self.instant("2026-03-10T00:00:00"), end: Self.instant("2026-09-01T00:00:00"))
            let records = try await seeweb.fetchSpend(range: range, granularity: .month, zone: Self.rome)
            #expect(transport.requests.map(\.url.path).last == "/ecs/v2/billing/templates/2026/4")
            #expect(transport.requests.count == 4)
            #expect(Set(records.compactMap { $0.native["month"] }) == ["3", "4"])
            let empty = try await seeweb.fetchSpend(
                range: DateRange(start: Self.instant("2026-05-01T00:00:00"), end: Self.instant("2026-07-01T00:00:00")),
                granularity: .month, zone: Self.rome)
            #expect(empty.isEmpty)
            #expect(transport.requests.count == 4)
        }
    }

    @Test("Totals match the simulator's ground truth to the cent, month by month, in JSON and CSV")
    func totalsAreExact() async throws {
        try await withSimulator { simulator in
            let dataset = simulator.seeweb
            var byFormat: [SeewebAccount.Format: [CostRecord]] = [:]
            for format in SeewebAccount.Format.allCases {
                let records = try await client(simulator, format: format).fetchSpend(
                    range: Self.history(dataset), granularity: .month, zone: Self.rome)
                byFormat[format] = records
                #expect(MoneyTotals(records.map(\.amount)).currencies == [.eur])
                let months = dataset.months
                #expect(months.count >= 14)
                for month in months {
                    let own = records.filter {
                        $0.native["year"] == String(month.year) && $0.native["month"] == String(month.month)
                    }
                    let servers = own.filter { $0.service != "template" }.reduce(Amount.zero) { $0 + $1.amount.amount }
                    let templates = own.filter { $0.service == "template" }.reduce(Amount.zero) {
                        $0 + $1.amount.amount
                    }
                    #expect(servers == dataset.serverCost(year: month.year, month: month.month), "\(month)")
                    #expect(templates == dataset.templateCost(year: month.year, month: month.month), "\(month)")
                    #expect(!servers.isZero)
                }
                let total = MoneyTotals(records.map(\.amount))[.eur].amount
                let expected = dataset.months.reduce(Amount.zero) {
                    $0 + dataset.totalCost(year: $1.year, month: $1.month)
                }
                #expect(total == expected)
            }
            #expect(byFormat[.json] == byFormat[.csv])
        }
    }

    @Test("Every server month becomes records that add up to its cost, one per part")
    func serverRecordsSplitIntoParts() async throws {
        try await withSimulator { simulator in
            let dataset = simulator.seeweb
            let month = dataset.currentMonth.previous
            let records = try await client(simulator).fetchSpend(
                range: DateRange(start: month.start, end: month.end), granularity: .month, zone: Self.rome)
            let bills = dataset.serverBills(month)
            #expect(bills.count >= 8)
            for bill in bills {
                let own = records.filter { $0.object?.id == bill.server.name }
                #expect(own.reduce(Amount.zero) { $0 + $1.amount.amount } == bill.cost)
                var metrics: [String] = []
                if bill.onlineHours > 0 { metrics.append("online") }
                if bill.offlineHours > 0 { metrics.append("offline") }
                metrics += bill.reserved.map { "reserved \($0.reservation.plan.id)" }
                #expect(own.compactMap(\.metric?.id) == metrics, "\(bill.server.name)")
                let hours = own.compactMap(\.quantity).reduce(Amount.zero, +)
                #expect(hours == Amount(bill.billedHours))
                for record in own {
                    #expect(record.project?.id == bill.server.group)
                    #expect(record.object?.type == "server")
                    #expect(record.object?.name == (bill.server.notes.isEmpty ? nil : bill.server.notes))
                    #expect(record.service == bill.server.plan.name)
                    #expect(record.unit == "h")
                    #expect(record.native["cost"] == bill.cost.description)
                    #expect(record.native["original_cost"] == bill.originalCost.description)
                    #expect(record.native["status"] == bill.status)
                    #expect(record.native["offline_discount"] == String(bill.server.offlineDiscountPercent))
                }
                for (record, part) in zip(own.filter { $0.native["part"] == "reserved" }, bill.reserved) {
                    #expect(record.quantity == Amount(part.hours))
                    #expect(record.amount == Money(part.price, .eur))
                    #expect(record.native["reserved_discount"] == String(part.reservation.plan.discountPercent))
                    #expect(record.native["reserved_reduction"] == part.reduction.description)
                    #expect(record.native["reserved_plan"] == String(part.reservation.plan.id))
                    #expect(record.native["reserved_end_date"]?.hasSuffix("+00:00") == true)
                }
            }
            #expect(records.contains { $0.project == nil && $0.object?.type == "server" })
            #expect(records.contains { $0.native["part"] == "reserved" })
            let templates = records.filter { $0.object?.type == "template" }
            #expect(templates.count == dataset.templateBills(month).count)
            #expect(
                templates.allSatisfy { $0.service == "template" && $0.metric?.id == "template" && $0.project == nil })
        }
    }

    @Test("Records cover whole months at Italian midnight, summer time included")
    func periodsAreItalianMonths() async throws {
        try await withSimulator { simulator in
            let range = DateRange(start: Self.instant("2026-03-05T00:00:00"), end: Self.instant("2026-03-06T00:00:00"))
            let records = try await client(simulator).fetchSpend(range: range, granularity: .day, zone: Self.utc)
            #expect(!records.isEmpty)
            // Rome: 1 March 00:00 CET is 28 February 23:00Z; 1 April 00:00 CEST is 31 March 22:00Z.
            let march = DateRange(start: Self.instant("2026-02-28T23:00:00"), end: Self.instant("2026-03-31T22:00:00"))
            #expect(records.allSatisfy { $0.period == march })
        }
    }

    @Test("The account zone decides which month an instant falls in and where months start")
    func accountZoneChoosesMonths() async throws {
        try await withSimulator { simulator in
            // 23:30Z on 28 February is already March in Rome but still February in UTC.
            let range = DateRange(start: Self.instant("2026-02-28T23:30:00"), end: Self.instant("2026-03-01T00:00:00"))
            let romeTransport = SeewebRecordingTransport()
            let romeRecords = try await client(simulator, transport: romeTransport).fetchSpend(
                range: range, granularity: .hour, zone: Self.utc)
            #expect(romeTransport.requests.map(\.url.path).first == "/ecs/v2/billing/servers/2026/3")
            #expect(romeRecords.allSatisfy { $0.period.start == Self.instant("2026-02-28T23:00:00") })

            let utcTransport = SeewebRecordingTransport()
            let utcRecords = try await client(simulator, zone: Self.utc, transport: utcTransport).fetchSpend(
                range: range, granularity: .hour, zone: Self.utc)
            #expect(utcTransport.requests.map(\.url.path).first == "/ecs/v2/billing/servers/2026/2")
            let february = DateRange(
                start: Self.instant("2026-02-01T00:00:00"), end: Self.instant("2026-03-01T00:00:00"))
            #expect(!utcRecords.isEmpty)
            #expect(utcRecords.allSatisfy { $0.period == february })
        }
    }

    @Test("Progress is reported after every answered request")
    func progressIsReported() async throws {
        try await withSimulator { simulator in
            let log = SeewebProgressLog()
            let range = DateRange(start: Self.instant("2026-01-15T00:00:00"), end: Self.now)
            let dataset = simulator.seeweb
            _ = try await client(simulator).fetchSpend(
                range: range, granularity: .month, zone: Self.rome, progress: log.handler)
            let reports = log.all
            #expect(reports.map(\.requestsDone) == Array(1...8))
            #expect(reports.allSatisfy { $0.requestsPlanned == 8 })
            let rows = dataset.months.suffix(4).reduce(0) {
                $0 + dataset.serverBills($1).count + dataset.templateBills($1).count
            }
            #expect(reports.last?.rows == rows)
        }
    }

    @Test(
        "A wrong token is unauthorized, named by account and path, and never shown",
        arguments: SeewebAccount.Format.allCases)
    func wrongToken(format: SeewebAccount.Format) async throws {
        try await withSimulator { simulator in
            let secret = "wrong-seeweb-\(UUID().uuidString)"
            let range = DateRange(start: Self.instant("2026-03-05T00:00:00"), end: Self.instant("2026-03-06T00:00:00"))
            let error = await #expect(throws: ProviderError.self) {
                _ = try await client(simulator, token: secret, format: format).fetchSpend(
                    range: range, granularity: .day, zone: Self.rome)
            }
            #expect(error?.kind == .unauthorized)
            let text = error?.description ?? ""
            #expect(text.hasPrefix("Seeweb ECS (seeweb-test) GET /ecs/v2/billing/servers/2026/3: 401"))
            #expect(text.contains("X-APITOKEN"))
            #expect(!text.contains(secret))
            #expect(!text.contains("type="))
        }
    }

    @Test("A month the API refuses as future surfaces as a 400 with Seeweb's message")
    func futureMonthIsRejected() async throws {
        try await withSimulator { simulator in
            // The client's clock runs ahead of the simulated account's.
            let ahead = Self.instant("2026-05-20T00:00:00")
            let range = DateRange(start: Self.instant("2026-05-01T00:00:00"), end: ahead)
            let error = await #expect(throws: ProviderError.self) {
                _ = try await client(simulator, now: ahead).fetchSpend(range: range, granularity: .day, zone: Self.rome)
            }
            #expect(error?.kind == .rejected(status: 400, message: "Consumption is not available for future months"))
            #expect(error?.endpoint == "GET /ecs/v2/billing/servers/2026/5")
        }
    }

    @Test("Nothing listening is a transport error naming the account")
    func nothingListening() async throws {
        let simulator = try await Simulator.start(SimulatorConfiguration(port: 0, seed: 7, now: Self.now))
        let seeweb = try client(simulator)
        await simulator.stop()
        let range = DateRange(start: Self.instant("2026-03-05T00:00:00"), end: Self.instant("2026-03-06T00:00:00"))
        let error = await #expect(throws: ProviderError.self) {
            _ = try await seeweb.fetchSpend(range: range, granularity: .day, zone: Self.rome)
        }
        guard case .transport = error?.kind else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(error?.description.hasPrefix("Seeweb ECS (seeweb-test) GET /ecs/v2/billing/servers/2026/3:") == true)
    }

    @Test("A server failure and a garbled answer from the simulator surface as typed errors")
    func injectedFaults() async throws {
        for kind in [SimulatorFault.Kind.serverError, .badJSON] {
            let configuration = SimulatorConfiguration(port: 0, seed: 7, now: Self.now, faults: [SimulatorFault(kind)])
            let simulator = try await Simulator.start(configuration)
            let range = DateRange(start: Self.instant("2026-03-05T00:00:00"), end: Self.instant("2026-03-06T00:00:00"))
            let error = await #expect(throws: ProviderError.self) {
                _ = try await client(simulator).fetchSpend(range: range, granularity: .day, zone: Self.rome)
            }
            await simulator.stop()
            switch (kind, error?.kind) {
            case (.serverError, .serverError(let status, let message)?):
                #expect(status == 500)
                #expect(message == "Internal server error")
            case (.badJSON, .malformedResponse(let detail)?):
                #expect(detail.hasPrefix("line 1, column "))
            default:
                Issue.record("unexpected \(String(describing: error)) for \(kind)")
            }
        }
    }
}
