import CostCore
import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: the planted spike")
struct CloudRuSpikeTests {
    @Test("The spike is bucket egress in the shop project, within the last week", arguments: [UInt64(42), 7, 2024])
    func spikeShape(seed: UInt64) throws {
        let dataset = CloudRuDataset(seed: seed, now: CloudRuFixture.now)
        let spike = dataset.spike
        #expect(dataset.project(id: spike.projectID)?.name == "Интернет-магазин")
        #expect(dataset.resource(id: spike.resourceID)?.service == "Объектное хранилище")
        #expect(spike.sku == "evolution.s3.traffic.egress")
        #expect(spike.start >= dataset.billedUntil.addingTimeInterval(-7 * 86_400))
        #expect(spike.end <= dataset.billedUntil && spike.start < spike.end)
        #expect(spike.multiplier >= 10)
        #expect(spike.dayStarts.allSatisfy { spike.contains(day: $0) } && !spike.contains(day: spike.end))

        let day = spike.start
        let weekBefore = day.addingTimeInterval(-7 * 86_400)
        func egress(_ date: Date) -> Amount {
            dataset.rows(from: date, to: date.addingTimeInterval(86_400), projectIDs: [spike.projectID])
                .filter { $0.resourceID == spike.resourceID && $0.sku == spike.sku }
                .reduce(Amount.zero) { $0 + $1.amount }
        }
        #expect(egress(day) > Amount(units: egress(weekBefore).units * 10))
    }

    @Test("Over HTTP, the spike day dominates the shop project's daily totals")
    func spikeVisibleOverHTTP() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.cloudRu
            let token = try await CloudRuFixture.token(simulator)
            let path = CloudRuFixture.path(
                projects: [dataset.spike.projectID], start: "2026-03-01T00:00:00Z", end: "2026-03-14T00:00:00Z")
            let pages = try await CloudRuFixture.v1Pages(simulator, path, token: token, limit: 30_000)
            var byDay: [String: Amount] = [:]
            for page in pages {
                for (row, numbers) in zip(page.rows, page.numbers) {
                    byDay[row.usedate, default: .zero] += numbers.amount
                }
            }
            #expect(byDay.count == 14)
            let sorted = byDay.sorted { $0.value < $1.value }
            let median = sorted[sorted.count / 2].value
            let peak = try #require(sorted.last)
            let formatter = ISO8601DateFormatter()
            let spikeDays = Set(dataset.spike.dayStarts.map { formatter.string(from: $0) })
            #expect(spikeDays.contains(peak.key))
            #expect(peak.value > Amount(units: median.units * 2))
        }
    }
}
