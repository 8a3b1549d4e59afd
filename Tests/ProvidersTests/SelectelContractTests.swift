import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The Selectel client against the built-in simulator over real loopback HTTP.
@Suite("Selectel client against the simulator")
struct SelectelContractTests {
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let utcZone = TimeZone(identifier: "UTC")!

    func withSimulator(_ body: (RunningSimulator, SelectelDataset) async throws -> Void) async throws {
        let simulator = try await Simulator.start(SimulatorConfiguration(port: 0, seed: 7, now: Self.now))
        do {
            try await body(simulator, SelectelDataset(seed: 7, now: Self.now))
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }

    func client(_ simulator: RunningSimulator, token: String = SimulatorCredentials.selectelToken) throws
        -> SelectelClient
    {
        let account = SelectelAccount(
            name: "sel-test", endpoint: try Endpoint(simulator.baseURL), token: Secret(token), retry: .none)
        return SelectelClient(account: account, transport: AsyncHTTPClientTransport())
    }

    @Test func totalsMatchTheSimulatorsOwnRowsToTheKopeck() async throws {
        try await withSimulator { simulator, dataset in
            let range = DatePreset.last30Days.range(now: Self.now, in: moscow)
            let records = try await client(simulator).fetchSpend(range: range, granularity: .day, zone: moscow)
            let totals = MoneyTotals(records.map(\.amount))
            #expect(totals.currencies == [.rub])
            let expected = dataset.totalKopecks(from: range.start, to: range.end)
            #expect(expected > 0)
            #expect(totals[.rub].amount == Amount(minorUnits: expected, decimals: 2))
        }
    }

    @Test func moscowDaysBecomeUTCPeriods() async throws {
        try await withSimulator { simulator, _ in
            let range = DatePreset.yesterday.range(now: Self.now, in: moscow)
            let records = try await client(simulator).fetchSpend(range: range, granularity: .day, zone: moscow)
            #expect(!records.isEmpty)
            // 2026-11-19 MSK is 2026-11-18T21:00Z ..< 2026-11-19T21:00Z.
            let start = CivilDateTime(parsing: "2026-11-18T21:00:00")!.date(utcOffsetSeconds: 0)
            #expect(records.allSatisfy { $0.period == DateRange(start: start, end: start.addingTimeInterval(86_400)) })
        }
    }

    @Test func aZoneOtherThanMoscowFetchesHoursSoUTCDaysAreExact() async throws {
        try await withSimulator { simulator, dataset in
            let selectel = try client(simulator)
            let range = DatePreset.last7Days.range(now: Self.now, in: utcZone)
            #expect(selectel.bucket(for: .day, range: range, zone: utcZone) == .hour)
            #expect(selectel.bucket(for: .day, range: range, zone: moscow) == .day)
            let records = try await selectel.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(records.allSatisfy { $0.period.duration == 3_600 })
            let total = MoneyTotals(records.map(\.amount))[.rub].amount
            #expect(total == Amount(minorUnits: dataset.totalKopecks(from: range.start, to: range.end), decimals: 2))
        }
    }

    @Test func recordsCarryProjectObjectParentAndMetric() async throws {
        try await withSimulator { simulator, dataset in
            let range = DatePreset.last7Days.range(now: Self.now, in: moscow)
            let records = try await client(simulator).fetchSpend(range: range, granularity: .day, zone: moscow)
            let nested = records.filter { $0.object?.parentID != nil }
            #expect(!nested.isEmpty)
            for record in nested.prefix(20) {
                let parent = try #require(record.object?.parentID)
                #expect(dataset.object(id: parent) != nil)
            }
            #expect(records.allSatisfy { $0.project != nil && $0.metric != nil && $0.service != nil })
            #expect(
                records.contains {
                    $0.project?.name?.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF } == true
                })
        }
    }

    @Test func aWrongTokenIsUnauthorizedAndNeverEchoed() async throws {
        try await withSimulator { simulator, _ in
            let secret = "wrong-token-\(UUID().uuidString)"
            let range = DatePreset.yesterday.range(now: Self.now, in: moscow)
            do {
                _ = try await client(simulator, token: secret).fetchSpend(range: range, granularity: .day, zone: moscow)
                Issue.record("expected 401")
            } catch let error as ProviderError {
                #expect(error.kind == .unauthorized)
                #expect(error.description.contains("Selectel (sel-test)"))
                #expect(error.description.contains("X-Token"))
                #expect(!error.description.contains(secret))
                #expect(!"\(error)".contains(secret))
            }
        }
    }

    @Test func nothingListeningIsATransportErrorNamingTheAccount() async throws {
        let simulator = try await Simulator.start(SimulatorConfiguration(port: 0, seed: 7, now: Self.now))
        let selectel = try client(simulator)
        await simulator.stop()
        let range = DatePreset.yesterday.range(now: Self.now, in: moscow)
        do {
            _ = try await selectel.fetchSpend(range: range, granularity: .day, zone: moscow)
            Issue.record("expected a transport error")
        } catch {
            guard case .transport = error.kind else {
                Issue.record("expected transport, got \(error.kind)")
                return
            }
            #expect(error.description.hasPrefix("Selectel (sel-test) GET /v1/cloud_billing/statistic/consumption:"))
        }
    }

    @Test func projectsAndObjectsListEverythingTheAccountHas() async throws {
        try await withSimulator { simulator, dataset in
            let selectel = try client(simulator)
            let projects = try await selectel.fetchProjects()
            #expect(Set(projects.map(\.id)) == Set(dataset.projects.map(\.id)))
            let objects = try await selectel.fetchObjects()
            #expect(Set(objects.map(\.id)) == Set(dataset.objects.map(\.id)))
            let nested = objects.filter { $0.parentID != nil }
            #expect(!nested.isEmpty)
            #expect(nested.allSatisfy { child in objects.contains { $0.id == child.parentID } })
            #expect(objects.allSatisfy { $0.typeName?.isEmpty == false })
        }
    }
}
