import CostCore
import Foundation
import Simulator
import Testing

@Suite("F5 simulator: current_usage and monthly_usage money")
struct F5MoneyTests {
    typealias Fixture = F5SimulatorFixture

    @Test("Without from/to, current_usage is the month to date per item, and total_cost is their exact sum")
    func monthToDate() async throws {
        try await Fixture.withSimulator { simulator in
            let dataset = simulator.f5
            let reply = try await Fixture.post(simulator, Fixture.currentUsagePath, body: "{\"namespace\":\"system\"}")
            #expect(reply.status == 200)
            let (total, lines) = try reply.currentUsage()
            #expect(lines.count == dataset.items.count)
            #expect(lines.allSatisfy { $0.start == "2026-11-01T00:00:00Z" && $0.end == "2026-11-20T12:00:00Z" })
            #expect(lines.allSatisfy { $0.currencyCode == "USD" })
            #expect(lines.reduce(Amount.zero) { $0 + $1.amount } == total)
            #expect(total == dataset.totalCost(from: dataset.currentPeriodStart, to: dataset.billedUntil))
            #expect(total > Amount(1000))
            for line in lines {
                let expected = dataset.totalCost(
                    from: dataset.currentPeriodStart, to: dataset.billedUntil, itemName: line.usageType)
                #expect(line.amount == expected)
            }
            let raw = try reply.object()
            #expect(raw["total_cost"] is String)
            #expect((raw["coupons"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("from/to narrow current_usage to whole hours of the current period")
    func narrowedWindow() async throws {
        try await Fixture.withSimulator { simulator in
            let dataset = simulator.f5
            let from = Fixture.utc(2026, 11, 5, 6)
            let to = Fixture.utc(2026, 11, 6, 6)
            let body = "{\"from\":\"\(Fixture.rfc3339(from))\",\"to\":\"\(Fixture.rfc3339(to))\"}"
            let (total, lines) = try await Fixture.post(simulator, Fixture.currentUsagePath, body: body).currentUsage()
            #expect(lines.allSatisfy { $0.start == "2026-11-05T06:00:00Z" && $0.end == "2026-11-06T06:00:00Z" })
            #expect(total == dataset.totalCost(from: from, to: to))

            // Reaching back into October is clipped to the period's start.
            let straddle = "{\"from\":\"2026-10-30T00:00:00Z\",\"to\":\"2026-11-02T00:00:00Z\"}"
            let clipped = try await Fixture.post(simulator, Fixture.currentUsagePath, body: straddle).currentUsage()
            #expect(clipped.lines.allSatisfy { $0.start == "2026-11-01T00:00:00Z" && $0.end == "2026-11-02T00:00:00Z" })
            #expect(clipped.total == dataset.totalCost(from: Fixture.utc(2026, 11, 1), to: Fixture.utc(2026, 11, 2)))

            // A window inside a closed month has no current usage.
            let october = "{\"from\":\"2026-10-10T00:00:00Z\",\"to\":\"2026-10-11T00:00:00Z\"}"
            let empty = try await Fixture.post(simulator, Fixture.currentUsagePath, body: october).currentUsage()
            #expect(empty.lines.isEmpty && empty.total == .zero)
        }
    }

    @Test(
        "Bad from/to are 400",
        arguments: [
            #"{"from":"2026-11-06T00:00:00Z","to":"2026-11-05T00:00:00Z"}"#,
            #"{"from":"1762300800"}"#,
            #"{"to":17}"#,
        ])
    func badCurrentWindow(body: String) async throws {
        try await Fixture.withSimulator { simulator in
            let reply = try await Fixture.post(simulator, Fixture.currentUsagePath, body: body)
            #expect(reply.status == 400)
            #expect(try reply.object()["code"] as? Int == 3)
        }
    }

    @Test("monthly_usage lists every closed month, contiguous, each equal to its hours' cents")
    func closedMonths() async throws {
        try await Fixture.withSimulator { simulator in
            let dataset = simulator.f5
            let reply = try await Fixture.post(simulator, Fixture.monthlyUsagePath, body: "{\"namespace\":\"system\"}")
            let items = try #require(try reply.object()["monthly_usage_items"] as? [[String: Any]])
            #expect(items.count == dataset.closedMonths.count)
            #expect(items.count >= 12)
            let formatter = ISO8601DateFormatter()
            var previousEnd: Date?
            var sum = Amount.zero
            for (item, month) in zip(items, dataset.closedMonths) {
                let start = try #require(formatter.date(from: item["start_timestamp"] as? String ?? ""))
                let end = try #require(formatter.date(from: item["end_timestamp"] as? String ?? ""))
                let cents = try #require(Int64(item["amount"] as? String ?? ""))
                #expect(item["currency_code"] as? String == "USD")
                #expect(start == month.start && end == month.end)
                #expect(Amount(minorUnits: cents, decimals: 2) == dataset.totalCost(from: start, to: end))
                if let previousEnd { #expect(previousEnd == start) }
                previousEnd = end
                sum += Amount(minorUnits: cents, decimals: 2)
            }
            #expect(previousEnd == Fixture.utc(2026, 11, 1))
            #expect(try #require(dataset.closedMonths.first).start <= dataset.historyStart)
            let monthToDate = dataset.totalCost(from: dataset.currentPeriodStart, to: dataset.billedUntil)
            #expect(sum + monthToDate == dataset.totalCost(from: dataset.historyStart, to: dataset.billedUntil))
        }
    }

    @Test("The same seed serves the same bytes; another seed another tenant and other numbers")
    func determinism() async throws {
        func answers(seed: UInt64) async throws -> (String, Data, Data) {
            try await Fixture.withSimulator(seed: seed) { simulator in
                let months = try await Fixture.post(simulator, Fixture.monthlyUsagePath)
                let current = try await Fixture.post(simulator, Fixture.currentUsagePath)
                return (simulator.f5.tenant, months.body, current.body)
            }
        }
        let first = try await answers(seed: 42)
        let again = try await answers(seed: 42)
        let other = try await answers(seed: 43)
        #expect(first.0 == again.0 && first.1 == again.1 && first.2 == again.2)
        #expect(first.1 != other.1 && first.2 != other.2)
        #expect(first.0.range(of: #"^[a-z-]+-[a-z2-9]{4}$"#, options: .regularExpression) != nil)
    }
}
