import CostCore
import Foundation
import Simulator
import Testing

@Suite("F5 simulator: the planted WAAP spike")
struct F5SpikeTests {
    typealias Fixture = F5SimulatorFixture

    @Test(
        "WAAP requests jump several times over for two UTC days in the last ten days", arguments: [UInt64(42), 7, 2024])
    func spikeShape(seed: UInt64) throws {
        let dataset = F5Dataset(seed: seed, now: Fixture.now)
        let spike = dataset.spike
        #expect(spike.itemName == "WAAP Requests" && spike.service == "Web App & API Protection")
        #expect(spike.end.timeIntervalSince(spike.start) == 2 * 86_400)
        #expect(spike.start >= dataset.billedUntil.addingTimeInterval(-10 * 86_400))
        #expect(spike.end <= dataset.billedUntil)
        #expect(spike.multiplier >= 5)
        #expect(spike.contains(hourOf: spike.start) && !spike.contains(hourOf: spike.end))

        func waapCost(_ day: Date) -> Amount {
            dataset.totalCost(from: day, to: day.addingTimeInterval(86_400), itemName: spike.itemName)
        }
        let weekBefore = spike.start.addingTimeInterval(-7 * 86_400)
        #expect(waapCost(spike.start) > Amount(units: waapCost(weekBefore).units * 4))
        let usage = dataset.totalUsage(
            from: spike.start, to: spike.start.addingTimeInterval(86_400), itemName: spike.itemName)
        let usageBefore = dataset.totalUsage(
            from: weekBefore, to: weekBefore.addingTimeInterval(86_400), itemName: spike.itemName)
        #expect(usage > usageBefore * 4)
    }

    @Test("Over HTTP, the spike days dominate WAAP's daily usage and money")
    func spikeVisibleOverHTTP() async throws {
        try await Fixture.withSimulator { simulator in
            let spike = simulator.f5.spike
            var usageByDay: [(Date, Int64)] = []
            var moneyByDay: [(Date, Amount)] = []
            for offset in 1...14 {
                let day = Fixture.utc(2026, 11, 20).addingTimeInterval(-Double(offset) * 86_400)
                let lines = try await Fixture.usageSummary(simulator, from: day, to: day.addingTimeInterval(86_399))
                let waap = try #require(lines.first { $0.name == spike.itemName })
                usageByDay.append((day, waap.usageValue))
                let body =
                    "{\"from\":\"\(Fixture.rfc3339(day))\",\"to\":\"\(Fixture.rfc3339(day.addingTimeInterval(86_400)))\"}"
                let priced = try await Fixture.post(simulator, Fixture.currentUsagePath, body: body).currentUsage()
                let line = try #require(priced.lines.first { $0.usageType == spike.itemName })
                moneyByDay.append((day, line.amount))
            }
            let usageSorted = usageByDay.sorted { $0.1 < $1.1 }
            let moneySorted = moneyByDay.sorted { $0.1 < $1.1 }
            let spikeDays = Set([spike.start, spike.start.addingTimeInterval(86_400)])
            #expect(Set(usageSorted.suffix(2).map(\.0)) == spikeDays)
            #expect(Set(moneySorted.suffix(2).map(\.0)) == spikeDays)
            let medianUsage = usageSorted[usageSorted.count / 2].1
            let medianMoney = moneySorted[moneySorted.count / 2].1
            #expect(try #require(usageSorted.last).1 > medianUsage * 4)
            #expect(try #require(moneySorted.last).1 > Amount(units: medianMoney.units * 4))
        }
    }
}
