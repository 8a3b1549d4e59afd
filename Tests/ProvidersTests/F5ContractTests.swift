import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The F5 client against the built-in simulator over real loopback HTTP.
@Suite("F5 client against the simulator")
struct F5ContractTests {
    typealias Support = F5TestSupport
    let utcZone = TimeZone(identifier: "UTC")!

    @Test func requestsArePostsWithAPITokenAndJSONWindows() async throws {
        try await Support.withSimulator { simulator, _ in
            let recorder = RecordingTransport()
            let client = try Support.client(simulator, transport: recorder)
            let range = DatePreset.last7Days.range(now: Support.now, in: utcZone)
            _ = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)

            let exchanges = recorder.exchanges
            #expect(exchanges.first?.request.url.path == F5Client.monthlyUsagePath)
            #expect(exchanges.allSatisfy { $0.status == 200 })
            for request in exchanges.map(\.request) {
                #expect(request.method == "POST")
                #expect(request.url.query == nil)
                #expect(request.f5Header("Authorization") == "APIToken \(SimulatorCredentials.f5Token)")
                #expect(request.f5Header("Content-Type") == "application/json")
            }
            #expect(recorder.requests(to: F5Client.monthlyUsagePath).first?.f5BodyFields == ["namespace": "system"])

            let current = recorder.requests(to: F5Client.currentUsagePath)
            let summaries = recorder.requests(to: F5Client.usageSummaryPath)
            #expect(current.count == 7 && summaries.count == 7)
            #expect(
                current.first?.f5BodyFields
                    == ["namespace": "system", "from": "2026-11-14T00:00:00Z", "to": "2026-11-15T00:00:00Z"])
            #expect(
                summaries.first?.f5BodyFields
                    == ["start_time": "2026-11-14T00:00:00Z", "end_time": "2026-11-14T23:59:59Z"])
            // The last day is billed until 12:00, so its usage is asked for exactly that far.
            #expect(
                summaries.last?.f5BodyFields
                    == ["start_time": "2026-11-20T00:00:00Z", "end_time": "2026-11-20T11:59:59Z"])
            #expect(current.last?.f5BodyFields["to"] == "2026-11-21T00:00:00Z")
        }
    }

    @Test func lastThirtyDaysAreTheWholeClosedMonthPlusExactItemsOfThisMonth() async throws {
        try await Support.withSimulator { simulator, dataset in
            let range = DatePreset.last30Days.range(now: Support.now, in: utcZone)
            let records = try await Support.client(simulator).fetchSpend(range: range, granularity: .day, zone: utcZone)
            let totals = MoneyTotals(records.map(\.amount))
            #expect(totals.currencies == [.usd])

            let october = try #require(dataset.closedMonths.last)
            let monthly = records.filter { $0.metric?.id == F5Client.monthlyTotalMetric }
            #expect(monthly.count == 1)
            #expect(monthly.first?.period == DateRange(start: october.start, end: october.end))
            #expect(monthly.first?.amount == Money(october.amount, .usd))
            #expect(monthly.first?.service == nil && monthly.first?.native["source"] == "monthly_usage")

            let expected = october.amount + dataset.totalCost(from: dataset.currentPeriodStart, to: range.end)
            #expect(totals[.usd].amount == expected)
            #expect(!records.contains { $0.metric?.id == F5Client.adjustmentMetric })
        }
    }

    @Test func everyItemRecordMatchesTheGroundTruthForItsPeriod() async throws {
        try await Support.withSimulator { simulator, dataset in
            let range = DatePreset.monthToDate.range(now: Support.now, in: utcZone)
            let records = try await Support.client(simulator).fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(records.count == 20 * dataset.items.count)
            for record in records {
                let name = try #require(record.metric?.id)
                let item = try #require(dataset.item(named: name))
                let period = record.period
                #expect(
                    record.amount == Money(dataset.totalCost(from: period.start, to: period.end, itemName: name), .usd))
                let usage = dataset.totalUsage(from: period.start, to: period.end, itemName: name)
                #expect(record.quantity == Amount(Int(usage)))
                #expect(record.unit == item.usageUnit)
                #expect(record.service == item.service)
                #expect(record.native["billing_unit"] == item.billingUnit)
                #expect(record.native["source"] == "current_usage")
                #expect(record.native["metric_labels"] == item.service)
                #expect(record.provider == .f5xc && record.account == "f5-test")
            }
            let days = Set(records.map(\.period.start))
            #expect(days.count == 20)
            let lastDay = DateRange(start: Support.utc("2026-11-20T00:00:00"), end: dataset.billedUntil)
            #expect(records.filter { $0.period == lastDay }.count == dataset.items.count)
        }
    }

    @Test func aClosedMonthIsOneMonthlyTotalWithItsUsagePerItemAndNoCurrentUsageCall() async throws {
        try await Support.withSimulator { simulator, dataset in
            let recorder = RecordingTransport()
            let range = DatePreset.lastMonth.range(now: Support.now, in: utcZone)
            let f5 = try Support.client(simulator, transport: recorder)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let october = try #require(dataset.closedMonths.last)
            let monthly = records.filter { $0.metric?.id == F5Client.monthlyTotalMetric }
            #expect(monthly.map(\.amount) == [Money(october.amount, .usd)])
            #expect(MoneyTotals(records.map(\.amount))[.usd].amount == october.amount)
            #expect(records.allSatisfy { $0.period == range })
            let usage = records.filter { $0.native["source"] == "usage_summary" }
            #expect(usage.count == dataset.items.count)
            for record in usage {
                let name = try #require(record.metric?.name)
                #expect(name.hasSuffix(F5Client.usageOnlySuffix))
                let item = try #require(dataset.item(named: String(name.dropLast(F5Client.usageOnlySuffix.count))))
                #expect(record.amount == Money(.zero, .usd))
                #expect(record.native["money"] == "in the monthly total")
                #expect(record.service == item.service && record.unit == item.usageUnit)
                let expected = dataset.totalUsage(from: october.start, to: october.end, itemName: item.name)
                #expect(record.quantity == Amount(Int(expected)))
            }
            #expect(
                recorder.exchanges.map(\.request.url.path) == [F5Client.monthlyUsagePath, F5Client.usageSummaryPath])
            #expect(f5.account.notes.all.isEmpty)
        }
    }

    @Test(arguments: [("Asia/Tokyo", 15), ("Asia/Kolkata", 19), ("America/New_York", 5)])
    func daysOfTheViewsZoneBecomeWholeHourUTCWindows(zoneID: String, startHour: Int) async throws {
        try await Support.withSimulator { simulator, dataset in
            let zone = try #require(TimeZone(identifier: zoneID))
            let range = DatePreset.last7Days.range(now: Support.now, in: zone)
            let records = try await Support.client(simulator).fetchSpend(range: range, granularity: .day, zone: zone)
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = utcZone
            let starts = Set(records.map(\.period.start))
            #expect(starts.count == 7)
            #expect(
                starts.allSatisfy {
                    utc.component(.hour, from: $0) == startHour && utc.component(.minute, from: $0) == 0
                })
            #expect(starts.allSatisfy { range.contains($0) })
            let firstStart = try #require(starts.min())
            let total = MoneyTotals(records.map(\.amount))[.usd].amount
            #expect(total == dataset.totalCost(from: firstStart, to: range.end))
            for start in starts {
                let day = records.filter { $0.period.start == start }
                let end = try #require(day.first?.period.end)
                #expect(day.allSatisfy { $0.period.end == end })
                let dayTotal = MoneyTotals(day.map(\.amount))[.usd].amount
                #expect(dayTotal == dataset.totalCost(from: start, to: end))
            }
        }
    }

    @Test func hoursOfTodayAreFetchedHourByHourAndProgressCountsEveryRequest() async throws {
        try await Support.withSimulator { simulator, dataset in
            let recorder = RecordingTransport()
            let reports = F5ProgressLog()
            let range = DatePreset.today.range(now: Support.now, in: utcZone)
            let records = try await Support.client(simulator, transport: recorder).fetchSpend(
                range: range, granularity: .hour, zone: utcZone, progress: { reports.append($0) })
            #expect(records.count == 12 * dataset.items.count)
            #expect(records.allSatisfy { $0.period.duration == 3_600 })
            #expect(recorder.requests(to: F5Client.currentUsagePath).count == 24)
            #expect(recorder.requests(to: F5Client.usageSummaryPath).count == 12)
            let log = reports.all
            #expect(log.map(\.requestsDone) == Array(1...37))
            #expect(log.last?.requestsPlanned == 37)
            #expect(log.last?.rows == dataset.closedMonths.count + 2 * 12 * dataset.items.count)
        }
    }

    @Test func tooManyHourWindowsFallBackToDays() async throws {
        try await Support.withSimulator { simulator, dataset in
            let recorder = RecordingTransport()
            let range = DatePreset.last7Days.range(now: Support.now, in: utcZone)
            let records = try await Support.client(simulator, transport: recorder)
                .fetchSpend(range: range, granularity: .hour, zone: utcZone)
            #expect(recorder.requests(to: F5Client.currentUsagePath).count == 7)
            #expect(Set(records.map(\.period.start)).count == 7)
            #expect(
                MoneyTotals(records.map(\.amount))[.usd].amount == dataset.totalCost(from: range.start, to: range.end))
        }
    }

    @Test func theSpikeDaysStandOutInWAAPRecords() async throws {
        try await Support.withSimulator { simulator, dataset in
            let range = DateRange(start: Support.utc("2026-11-06T00:00:00"), end: Support.utc("2026-11-20T00:00:00"))
            let records = try await Support.client(simulator).fetchSpend(range: range, granularity: .day, zone: utcZone)
            let waap = records.filter { $0.metric?.id == dataset.spike.itemName }.sorted {
                $0.amount.amount < $1.amount.amount
            }
            #expect(waap.count == 14)
            let top = Set(waap.suffix(2).map(\.period.start))
            #expect(top == [dataset.spike.start, dataset.spike.start.addingTimeInterval(86_400)])
            let median = waap[waap.count / 2].amount.amount
            #expect(try #require(waap.last).amount.amount > Amount(units: median.units * 4))
            #expect(waap.allSatisfy { $0.service == dataset.spike.service })
        }
    }

    @Test func aWrongTokenIsUnauthorizedAndNeverEchoed() async throws {
        try await Support.withSimulator { simulator, _ in
            let secret = "wrong-token-\(UUID().uuidString)"
            let range = DatePreset.yesterday.range(now: Support.now, in: utcZone)
            let f5 = try Support.client(simulator, token: secret)
            do throws(ProviderError) {
                _ = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
                Issue.record("expected 401")
            } catch {
                #expect(error.kind == .unauthorized)
                #expect(
                    error.description.hasPrefix(
                        "F5 Distributed Cloud (f5-test) POST /api/web/namespaces/system/monthly_usage: 401"))
                #expect(error.description.contains("API token"))
                #expect(!error.description.contains(secret))
                #expect(!"\(error)".contains(secret) && !String(reflecting: error).contains(secret))
            }
        }
    }

    @Test func aTokenWithoutBillingPermissionIsForbidden() async throws {
        try await Support.withSimulator { simulator, _ in
            let range = DatePreset.yesterday.range(now: Support.now, in: utcZone)
            let f5 = try Support.client(simulator, token: SimulatorCredentials.f5NoBillingToken)
            do throws(ProviderError) {
                _ = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
                Issue.record("expected 403")
            } catch {
                #expect(error.kind == .forbidden)
                #expect(error.endpoint == "POST /api/web/namespaces/system/monthly_usage")
            }
        }
    }

    @Test func rateLimitedRequestsAreRetriedAndTheNumbersStayExact() async throws {
        try await Support.withSimulator(faults: [SimulatorFault(.rateLimit, probability: 0.7)]) { simulator, dataset in
            let recorder = RecordingTransport()
            // Retry-After: 1 is honoured but capped to a few milliseconds here.
            let patient = try Support.client(
                simulator, transport: recorder,
                retry: RetryPolicy(maxAttempts: 20, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5)))
            let range = DatePreset.yesterday.range(now: Support.now, in: utcZone)
            let records = try await patient.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let statuses = recorder.exchanges.map(\.status)
            #expect(statuses.contains(429))
            #expect(statuses.last == 200)
            #expect(
                MoneyTotals(records.map(\.amount))[.usd].amount == dataset.totalCost(from: range.start, to: range.end))
        }
    }

    @Test func nothingListeningIsATransportErrorNamingTheAccount() async throws {
        let simulator = try await Simulator.start(
            SimulatorConfiguration(port: 0, seed: Support.seed, now: Support.now))
        let client = try Support.client(simulator)
        await simulator.stop()
        let range = DatePreset.yesterday.range(now: Support.now, in: utcZone)
        do {
            _ = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            Issue.record("expected a transport error")
        } catch {
            guard case .transport = error.kind else {
                Issue.record("expected transport, got \(error.kind)")
                return
            }
            #expect(
                error.description.hasPrefix(
                    "F5 Distributed Cloud (f5-test) POST /api/web/namespaces/system/monthly_usage:"))
        }
    }
}
