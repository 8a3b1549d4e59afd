import CostCore
import Foundation
import Providers
import Simulator
import Synchronization
import Testing

/// The OnApp client against the built-in simulator over real loopback HTTP.
@Suite("OnApp client against the simulator")
struct OnAppContractTests {
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    let utcZone = TimeZone(identifier: "UTC")!

    @Test(arguments: OnAppFormat.allCases)
    func requestsFollowTheAPI(format: OnAppFormat) async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let transport = OnAppRecordingTransport()
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, format: format), transport: transport)
            let range = DateRange(
                start: OnAppTestSupport.utc(2026, 3, 12, 23, 10), end: OnAppTestSupport.utc(2026, 3, 14, 23))
            _ = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let request = try #require(transport.requests.first)
            #expect(transport.requests.count == 1)
            #expect(transport.statuses == [200])
            #expect(request.method == "GET")
            #expect(request.url.path == "/users/\(simulator.onApp.userID)/vm_stats.\(format.rawValue)")
            #expect(
                OnAppTestSupport.queryItems(request) == [
                    "period[startdate]": "2026-03-12 23:00:00", "period[enddate]": "2026-03-14 22:59:59",
                ])
            let query = try #require(request.url.query(percentEncoded: true))
            #expect(query.contains("period%5Bstartdate%5D=2026-03-12%2023%3A00%3A00"))
            #expect(!query.contains("use_local_time"))
            let credential = Data("\(SimulatorCredentials.onAppEmail):\(SimulatorCredentials.onAppAPIKey)".utf8)
            let authorization = request.headers.first { $0.name == "Authorization" }?.value
            #expect(authorization == "Basic \(credential.base64EncodedString())")
            #expect(request.headers.first { $0.name == "Accept" }?.value == format.acceptHeader)
        }
    }

    @Test(arguments: OnAppFormat.allCases)
    func totalsMatchTheSimulatorsGroundTruthExactly(format: OnAppFormat) async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, format: format), transport: AsyncHTTPClientTransport())
            // Not hour-aligned at either end: the client rounds out to whole hours.
            let range = DateRange(start: OnAppTestSupport.utc(2026, 3, 8, 6, 40), end: OnAppTestSupport.now)
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let totals = OnAppTestSupport.totals(records)
            #expect(totals.currencies == [.usd])
            let expected = simulator.onApp.totalCost(
                from: OnAppTestSupport.floorHour(range.start), to: OnAppTestSupport.ceilHour(range.end))
            #expect(expected > Amount(10))
            #expect(totals[.usd].amount == expected)
        }
    }

    @Test func aMonthOfXMLBeyondTenMegabytesDecodesInOneAnswer() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let transport = OnAppRecordingTransport()
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, format: .xml), transport: transport)
            let range = DateRange(
                start: OnAppTestSupport.utc(2026, 2, 12, 10), end: OnAppTestSupport.utc(2026, 3, 15, 10))
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(transport.requests.count == 1)
            #expect((transport.bodySizes.first ?? 0) > 10_000_000)
            #expect(
                OnAppTestSupport.totals(records)[.usd].amount
                    == simulator.onApp.totalCost(from: range.start, to: range.end))
        }
    }

    @Test func longRangesAreFetchedInWindowsWithProgressAndNothingTwice() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let transport = OnAppRecordingTransport()
            let windowed = OnAppClient(
                account: try OnAppTestSupport.account(simulator, maxHoursPerRequest: 24), transport: transport)
            let range = DateRange(start: OnAppTestSupport.utc(2026, 3, 10), end: OnAppTestSupport.utc(2026, 3, 12, 12))
            let reports = Mutex<[FetchProgress]>([])
            let records = try await windowed.fetchSpend(range: range, granularity: .hour, zone: utcZone) { report in
                reports.withLock { $0.append(report) }
            }
            let starts = transport.requests.map { OnAppTestSupport.queryItems($0)["period[startdate]"] ?? "" }
            #expect(starts == ["2026-03-10 00:00:00", "2026-03-11 00:00:00", "2026-03-12 00:00:00"])
            let ends = transport.requests.map { OnAppTestSupport.queryItems($0)["period[enddate]"] ?? "" }
            #expect(ends == ["2026-03-10 23:59:59", "2026-03-11 23:59:59", "2026-03-12 11:59:59"])
            let seen = reports.withLock { $0 }
            #expect(seen.map(\.requestsDone) == [1, 2, 3])
            #expect(seen.allSatisfy { $0.requestsPlanned == 3 })
            #expect(seen.last?.rows == simulator.onApp.rowCount(from: range.start, to: range.end))

            let whole = OnAppClient(
                account: try OnAppTestSupport.account(simulator), transport: AsyncHTTPClientTransport())
            let once = try await whole.fetchSpend(range: range, granularity: .hour, zone: utcZone)
            #expect(Set(records) == Set(once))
            #expect(records.count == once.count)
            #expect(
                OnAppTestSupport.totals(records)[.usd].amount
                    == simulator.onApp.totalCost(from: range.start, to: range.end))
        }
    }

    @Test func recordsAreUTCHoursAndAnAmsterdamDayAddsUpExactly() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator), transport: AsyncHTTPClientTransport())
            // 13 March 2026 in Amsterdam (CET) is 12 March 23:00Z ..< 13 March 23:00Z.
            let range = DatePreset.yesterday.range(now: OnAppTestSupport.utc(2026, 3, 14, 12), in: amsterdam)
            #expect(
                range
                    == DateRange(
                        start: OnAppTestSupport.utc(2026, 3, 12, 23), end: OnAppTestSupport.utc(2026, 3, 13, 23)))
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: amsterdam)
            #expect(!records.isEmpty)
            #expect(records.allSatisfy { $0.period.duration == 3_600 && range.contains($0.period.start) })
            let hours = Set(records.map(\.period.start))
            #expect(hours.count == 24)
            #expect(hours.min() == range.start)
            let total = OnAppTestSupport.totals(records)[.usd].amount
            #expect(total == simulator.onApp.totalCost(from: range.start, to: range.end))
        }
    }

    @Test func disksAndInterfacesNestUnderTheirServer() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, format: .xml), transport: AsyncHTTPClientTransport())
            let range = DateRange(start: OnAppTestSupport.utc(2026, 3, 14), end: OnAppTestSupport.utc(2026, 3, 15))
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let dataset = simulator.onApp
            #expect(Set(records.compactMap(\.service)) == ["virtual_machines", "disks", "network_interfaces"])
            for record in records {
                guard let object = record.object else {
                    // The user-level backup charge: no server, no breakdown.
                    #expect(record.metric == nil && record.service == nil)
                    continue
                }
                let parts = object.id.split(separator: ":")
                let id = try #require(parts.last.flatMap { Int($0) })
                switch object.type {
                case "virtual_machine":
                    #expect(object.parentID == nil)
                    #expect(object.name == dataset.virtualMachine(id: id)?.label)
                case "disk", "network_interface":
                    let parentID = try #require(object.parentID?.split(separator: ":").last.flatMap { Int($0) })
                    let server = try #require(dataset.virtualMachine(id: parentID))
                    let devices = object.type == "disk" ? server.disks : server.networkInterfaces
                    #expect(devices.contains { $0.id == id && $0.label == object.name })
                    #expect(object.parentName == server.label)
                default:
                    Issue.record("unexpected object type \(object.type ?? "nil")")
                }
            }
            let backups = records.filter { $0.object == nil }
            #expect(backups.count == 24)
            let backupTotal = OnAppTestSupport.totals(backups)[.usd].amount
            #expect(backupTotal == dataset.totalCost(from: range.start, to: range.end, virtualMachineID: nil))
        }
    }

    @Test func thePlantedSpikeStandsOutInTheRecords() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let spike = simulator.onApp.spike
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator), transport: AsyncHTTPClientTransport())
            let weekBefore = DateRange(start: spike.start.addingTimeInterval(-7 * 86_400), end: spike.end)
            let records = try await client.fetchSpend(range: weekBefore, granularity: .day, zone: utcZone)
            func sent(_ from: Date, _ to: Date) -> Amount {
                let matching = records.filter {
                    $0.metric?.id == "data_sent" && $0.object?.id == "network_interface:\(spike.networkInterfaceID)"
                        && $0.period.start >= from && $0.period.start < to
                }
                return OnAppTestSupport.totals(matching)[.usd].amount
            }
            let during = sent(spike.start, spike.end)
            let before = sent(
                weekBefore.start, weekBefore.start.addingTimeInterval(spike.end.timeIntervalSince(spike.start)))
            #expect(before > .zero)
            #expect(during > before + before + before + before)
            let nic = spike.networkInterfaceID
            #expect(
                during
                    == simulator.onApp.resourceCost(
                        from: spike.start, to: spike.end, resourceName: "data_sent", group: "network_interfaces",
                        itemID: nic))
        }
    }

    @Test(arguments: OnAppFormat.allCases)
    func aWrongAPIKeyIsUnauthorizedAndNeverEchoed(format: OnAppFormat) async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let secret = "wrong-key-5ec2e7"
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, format: format, apiKey: secret),
                transport: AsyncHTTPClientTransport())
            let error = try await #require(throws: ProviderError.self) {
                _ = try await client.fetchSpend(
                    range: DatePreset.last7Days.range(now: OnAppTestSupport.now, in: self.utcZone), granularity: .day,
                    zone: self.utcZone)
            }
            #expect(error.kind == .unauthorized)
            #expect(error.provider == .onapp)
            #expect(error.endpoint == "GET /users/\(simulator.onApp.userID)/vm_stats.\(format.rawValue)")
            #expect(error.description.hasPrefix("OnApp (onapp-test) GET /users/"))
            #expect(!error.description.contains(secret))
            #expect(!error.description.contains("period"))
        }
    }

    @Test func anUnknownUserIsRejectedWithOnAppsMessage() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, userID: simulator.onApp.userID + 1),
                transport: AsyncHTTPClientTransport())
            let error = try await #require(throws: ProviderError.self) {
                _ = try await client.fetchSpend(
                    range: DatePreset.last7Days.range(now: OnAppTestSupport.now, in: self.utcZone), granularity: .day,
                    zone: self.utcZone)
            }
            #expect(error.kind == .rejected(status: 404, message: "Resource not found"))
            #expect(error.advice?.contains("user id") == true)
        }
    }

    @Test func anOverloadedPanelIs503AndRetried() async throws {
        try await OnAppTestSupport.withSimulator(faults: [SimulatorFault(.serverError)]) { simulator in
            let transport = OnAppRecordingTransport()
            let retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5))
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator, retry: retry), transport: transport)
            let error = try await #require(throws: ProviderError.self) {
                _ = try await client.fetchSpend(
                    range: DatePreset.last7Days.range(now: OnAppTestSupport.now, in: self.utcZone), granularity: .day,
                    zone: self.utcZone)
            }
            guard case .serverError(let status, let message) = error.kind else {
                Issue.record("expected a server error, got \(error.kind)")
                return
            }
            #expect(status == 503)
            #expect(message?.text.contains("overloaded") == true)
            #expect(error.isTransient)
            #expect(transport.statuses == [503, 503, 503])
        }
    }

    @Test func anEmptyRangeAsksForNothing() async throws {
        let transport = ScriptedTransport(status: 500, body: "")
        let account = OnAppAccount(
            name: "onapp-empty", endpoint: try Endpoint("https://cloud.example.com"), userID: 5, email: "a@b.c",
            apiKey: Secret("k"))
        let client = OnAppClient(account: account, transport: transport)
        let instant = OnAppTestSupport.utc(2026, 3, 1, 10)
        let records = try await client.fetchSpend(
            range: DateRange(start: instant, end: instant), granularity: .day, zone: utcZone)
        #expect(records.isEmpty)
        #expect(transport.requests.isEmpty)
    }
}
