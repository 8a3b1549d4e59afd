import CostCore
import Foundation
import Providers
import Simulator
import Synchronization
import Testing

/// The F5 client against the simulator serving the shapes the documents allow but the client
/// does not prefer: totals stay the ground truth, and what was clipped, skipped or left without
/// money is said.
@Suite("F5 client against the simulator's variations")
struct F5VariationTests {
    typealias Support = F5TestSupport
    let utcZone = TimeZone(identifier: "UTC")!

    /// The last 30 days: October (closed) whole, November to date per day.
    func expectedLast30Days(_ dataset: F5Dataset, range: DateRange) throws -> Amount {
        let october = try #require(dataset.closedMonths.last)
        return october.amount + dataset.totalCost(from: dataset.currentPeriodStart, to: range.end)
    }

    @Test func linesReachingOutsideTheirWindowAreClippedOrDroppedAndTotalsStayExact() async throws {
        try await Support.withSimulator(variations: [.f5OutsideWindow]) { simulator, dataset in
            let f5 = try Support.client(simulator)
            let range = DatePreset.last7Days.range(now: Support.now, in: utcZone)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(
                MoneyTotals(records.map(\.amount))[.usd].amount == dataset.totalCost(from: range.start, to: range.end))
            #expect(records.allSatisfy { range.start <= $0.period.start && $0.period.end <= range.end })
            #expect(!records.contains { $0.metric?.id == F5Client.adjustmentMetric })
            let warnings = f5.account.notes.all.filter { $0.kind == .warning }.map(\.message)
            #expect(warnings.contains { $0.contains("reach outside the windows asked for") })
            let dropped = warnings.filter { $0.contains("wholly outside the window asked for") }
            // Every day's answer has a line of the hour before it: skipped, and said once, naming the first.
            #expect(dropped.count == 1)
            #expect(dropped.allSatisfy { $0.contains("T23:00:00Z..<") && $0.contains(" USD); such lines are skipped") })
            #expect(warnings.count == 2, "two kinds of line, one note each: \(warnings)")
        }
    }

    @Test func moneyInEveryFormIsReadExactly() async throws {
        try await Support.withSimulator(variations: [.f5MoneyForms]) { simulator, dataset in
            let f5 = try Support.client(simulator)
            // The answers really mix the forms: hundredths as a string and a number, decimals as both.
            let window = DateRange(start: Support.utc("2026-11-10T00:00:00"), end: Support.utc("2026-11-11T00:00:00"))
            let body = try await AsyncHTTPClientTransport().send(f5.currentUsageRequest(window: window)).body
            let text = String(decoding: body, as: UTF8.self)
            let amounts = text.matches(of: /"amount":("?)(-?[0-9]+)(\.[0-9]{2})?"?/)
            let forms = Set(amounts.map { "\($0.output.1.isEmpty ? "number" : "string") \($0.output.3 == nil)" })
            #expect(forms.count == 4)

            let range = DatePreset.last30Days.range(now: Support.now, in: utcZone)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(MoneyTotals(records.map(\.amount))[.usd].amount == (try expectedLast30Days(dataset, range: range)))
            for record in records where record.native["source"] == "current_usage" {
                let name = try #require(record.metric?.id)
                let expected = dataset.totalCost(from: record.period.start, to: record.period.end, itemName: name)
                #expect(record.amount == Money(expected, .usd))
            }
            #expect(f5.account.notes.all.isEmpty)
        }
    }

    @Test func aUsageValueThatIsNotANumberIsAWarningAndTheMoneyIsKept() async throws {
        try await Support.withSimulator(variations: [.f5NonNumericUsage]) { simulator, dataset in
            let f5 = try Support.client(simulator)
            let range = DatePreset.monthToDate.range(now: Support.now, in: utcZone)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(
                MoneyTotals(records.map(\.amount))[.usd].amount == dataset.totalCost(from: range.start, to: range.end))
            #expect(records.count == 20 * dataset.items.count)
            let first = try #require(dataset.items.first)
            let firstRecords = records.filter { $0.metric?.id == first.name }
            #expect(firstRecords.count == 20 && firstRecords.allSatisfy { $0.unit == first.billingUnit })
            #expect(
                f5.account.notes.all.map(\.message) == [
                    "usage_summary item \(ServerText.quote(first.name)): usage_metric_data.metric_value.value is "
                        + "'N/A', not a number; the item is kept without it"
                ])
            #expect(f5.account.notes.all.allSatisfy { $0.kind == .warning && $0.account == "f5-test" })
        }
    }

    @Test func withoutTheMoneyCallsUsageIsShownPerItemMarkedAsHavingNoMoney() async throws {
        try await Support.withSimulator(variations: [.f5NoMoney]) { simulator, dataset in
            let recorder = RecordingTransport()
            let f5 = try Support.client(simulator, transport: recorder)
            let range = DatePreset.last7Days.range(now: Support.now, in: utcZone)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(records.count == 7 * dataset.items.count)
            #expect(MoneyTotals(records.map(\.amount)).currencies == [F5Client.noCurrency])
            #expect(records.allSatisfy { $0.amount.amount.isZero && $0.native["money"] == "not available" })
            for record in records {
                let name = try #require(record.metric?.name)
                #expect(name.hasSuffix(" (usage only)"))
                let item = try #require(dataset.item(named: String(name.dropLast(" (usage only)".count))))
                let usage = dataset.totalUsage(from: record.period.start, to: record.period.end, itemName: item.name)
                #expect(record.quantity == Amount(Int(usage)) && record.unit == item.usageUnit)
                #expect(record.service == item.service)
            }
            let notes = f5.account.notes.all
            #expect(notes.count == 1 && notes.first?.kind == .fallback)
            #expect(
                notes.first?.message
                    == "usage only, no money: POST /api/web/namespaces/system/monthly_usage answered 404 rejected: "
                    + "the requested resource was not found; usage per item is shown from usage_summary, named "
                    + "'<item> (usage only)', with no amount")
            #expect(recorder.requests(to: F5Client.usageSummaryPath).count == 7)
            #expect(recorder.requests(to: F5Client.currentUsagePath).isEmpty)
        }
    }

    @Test func retryAfterAsAnHTTPDateIsHonoured() async throws {
        try await Support.withSimulator(
            faults: [SimulatorFault(.rateLimit, probability: 0.7)], variations: [.f5RetryAfterDate]
        ) { simulator, dataset in
            let waits = Mutex<[Duration]>([])
            // The waits are recorded, not spent; backoff alone would be a millisecond or two.
            let retry = RetryPolicy(
                maxAttempts: 30, baseDelay: .milliseconds(1), maxDelay: .seconds(30),
                sleep: { wait in waits.withLock { $0.append(wait) } })
            let recorder = RecordingTransport()
            let f5 = try Support.client(simulator, transport: recorder, retry: retry)
            let range = DatePreset.yesterday.range(now: Support.now, in: utcZone)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(recorder.exchanges.map(\.status).contains(429))
            let recorded = waits.withLock { $0 }
            #expect(!recorded.isEmpty)
            // Whole seconds measured from the server's own Date header (which lags the server's clock
            // by up to a second, so never less than asked), within the 60 s cap; without the date the
            // waits would be the millisecond backoff.
            #expect(recorded.allSatisfy { $0 >= .seconds(1) && $0 <= .seconds(60) }, "\(recorded)")
            #expect(
                MoneyTotals(records.map(\.amount))[.usd].amount == dataset.totalCost(from: range.start, to: range.end))
        }
    }

    @Test func everyMoneyPreservingVariationAtOnceKeepsTheGroundTruth() async throws {
        try await Support.withSimulator(
            faults: [SimulatorFault(.rateLimit, probability: 0.3)], variations: SimulatorVariation.moneyPreserving
        ) { simulator, dataset in
            let retry = RetryPolicy(
                maxAttempts: 30, baseDelay: .milliseconds(1), maxDelay: .seconds(30), sleep: { _ in })
            let f5 = try Support.client(simulator, retry: retry)
            let range = DatePreset.last30Days.range(now: Support.now, in: utcZone)
            let records = try await f5.fetchSpend(range: range, granularity: .day, zone: utcZone)
            #expect(MoneyTotals(records.map(\.amount)).currencies == [.usd])
            #expect(MoneyTotals(records.map(\.amount))[.usd].amount == (try expectedLast30Days(dataset, range: range)))
            #expect(!records.contains { $0.metric?.id == F5Client.adjustmentMetric })
            let usage = records.filter { $0.native["money"] == "in the monthly total" }
            #expect(usage.count == dataset.items.count)
            let notes = f5.account.notes.all
            #expect(notes.allSatisfy { $0.kind == .warning })
            #expect(notes.contains { $0.message.contains("'N/A', not a number") })
            #expect(notes.contains { $0.message.contains("reach outside the windows asked for") })
        }
    }
}
