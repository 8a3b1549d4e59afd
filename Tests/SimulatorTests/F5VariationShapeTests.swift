import CostCore
import Foundation
import Testing

@testable import Simulator

@Suite("F5 simulator: variations serve the documented alternatives with the same money")
struct F5VariationShapeTests {
    typealias Fixture = F5SimulatorFixture

    /// Runs `body` against a simulator at the fixture's "now" with `variations` on.
    static func withVariations(
        _ variations: Set<SimulatorVariation>, _ body: (RunningSimulator) async throws -> Void
    ) async throws {
        try await Simulator.withRunning(
            SimulatorConfiguration(port: 0, seed: 42, now: Fixture.now, variations: variations), body)
    }

    @Test("f5-no-money: the money calls answer 404 in F5's error shape; usage_summary still answers")
    func noMoney() async throws {
        try await Self.withVariations([.f5NoMoney]) { simulator in
            for path in [Fixture.currentUsagePath, Fixture.monthlyUsagePath] {
                let reply = try await Fixture.post(simulator, path, body: "{\"namespace\":\"system\"}")
                #expect(reply.status == 404)
                #expect(try reply.object()["code"] as? Int == 5)
            }
            let lines = try await Fixture.usageSummary(
                simulator, from: Fixture.utc(2026, 11, 10), to: Fixture.utc(2026, 11, 10, 23))
            #expect(lines.count == simulator.f5.items.count)
        }
    }

    @Test("f5-outside-window: lines are stamped an hour wider, one more line covers the hour before, same money")
    func outsideWindow() async throws {
        try await Self.withVariations([.f5OutsideWindow]) { simulator in
            let dataset = simulator.f5
            let body = "{\"from\":\"2026-11-10T00:00:00Z\",\"to\":\"2026-11-11T00:00:00Z\"}"
            let object = try await Fixture.post(simulator, Fixture.currentUsagePath, body: body).object()
            let items = try #require(object["usage_items"] as? [[String: Any]])
            let day = items.dropLast()
            #expect(day.allSatisfy { $0["start_timestamp"] as? String == "2026-11-09T23:00:00Z" })
            #expect(day.allSatisfy { $0["end_timestamp"] as? String == "2026-11-11T01:00:00Z" })
            let extra = try #require(items.last)
            #expect(extra["start_timestamp"] as? String == "2026-11-09T23:00:00Z")
            #expect(extra["end_timestamp"] as? String == "2026-11-10T00:00:00Z")
            let cents = day.compactMap { Int64($0["amount"] as? String ?? "") }.reduce(0, +)
            #expect(
                Amount(minorUnits: cents, decimals: 2)
                    == dataset.totalCost(from: Fixture.utc(2026, 11, 10), to: Fixture.utc(2026, 11, 11)))
            let extraCents = try #require(Int64(extra["amount"] as? String ?? ""))
            #expect(object["total_cost"] as? String == String(cents + extraCents))
        }
    }

    @Test("f5-non-numeric-usage: the first item's raw usage is N/A, its billing value still a number")
    func nonNumericUsage() async throws {
        try await Self.withVariations([.f5NonNumericUsage]) { simulator in
            let body = "{\"start_time\":\"2026-11-10T00:00:00Z\",\"end_time\":\"2026-11-10T23:00:00Z\"}"
            let object = try await Fixture.post(simulator, Fixture.usageSummaryPath, body: body).object()
            let items = try #require(object["usage_summary_items"] as? [[String: Any]])
            let first = try #require(items.first)
            #expect(first["name"] as? String == simulator.f5.items.first?.name)
            let usage = first["usage_metric_data"] as? [String: Any]
            #expect((usage?["metric_value"] as? [String: Any])?["value"] as? String == "N/A")
            #expect(items.dropFirst().allSatisfy { (try? F5SummaryLine($0)) != nil })
        }
    }

    @Test("f5-retry-after-date: a refused request carries Retry-After as an HTTP date")
    func retryAfterDate() async throws {
        let simulator = try await Simulator.start(
            SimulatorConfiguration(
                port: 0, seed: 42, now: Fixture.now, faults: [SimulatorFault(.rateLimit)],
                variations: [.f5RetryAfterDate]))
        do {
            let refusal = try await Fixture.post(simulator, Fixture.monthlyUsagePath)
            #expect(refusal.status == 429)
            let header = try #require(refusal.retryAfter)
            #expect(header.wholeMatch(of: /[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT/) != nil)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }
}
