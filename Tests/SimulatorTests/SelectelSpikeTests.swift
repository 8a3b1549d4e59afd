import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: the planted spike")
struct SelectelSpikeTests {
    @Test("The spike is a production Kubernetes scale-out 3 to 5 days before now", arguments: [UInt64(42), 7, 2024])
    func spikeShape(seed: UInt64) throws {
        let dataset = SelectelDataset(seed: seed, now: SimulatorFixture.now)
        let spike = dataset.spike
        #expect(dataset.project(id: spike.projectID)?.name == "production")
        #expect(dataset.object(id: spike.objectID)?.providerKey == "mks")
        let hours = spike.end.timeIntervalSince(spike.start) / 3600
        #expect((36...48).contains(hours))
        let daysBefore = SimulatorFixture.now.timeIntervalSince(spike.start) / 86_400
        #expect((3...5).contains(daysBefore))
        #expect(spike.end < SimulatorFixture.now)
        #expect((6...8).contains(spike.multiplier))
        #expect(spike.hourStarts.count == Int(hours))

        let series = try #require(dataset.series.first { $0.id == spike.seriesIDs.first })
        let during = dataset.kopecks(series, hourStart: spike.start)
        let dayBefore = dataset.kopecks(series, hourStart: spike.start.addingTimeInterval(-86_400))
        #expect(during > dayBefore * 4)
        #expect(spike.contains(hourStart: spike.start) && !spike.contains(hourStart: spike.end))
    }

    @Test("Over HTTP, the spike days dominate the production project's daily totals")
    func spikeVisibleOverHTTP() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let spike = simulator.selectel.spike
            let path = consumptionPath(start: "2026-03-01T00:00:00", end: "2026-03-15T23:00:00", groupType: "project")
            let rows = try await get(simulator, path).decode(StatisticsEnvelope.self).data
            let production = rows.filter { $0.project?.id == spike.projectID }.totalsByPeriod()
            #expect(production.count == 15)
            let sortedDays = production.sorted { $0.value < $1.value }
            let median = sortedDays[sortedDays.count / 2].value
            let peak = try #require(sortedDays.last)

            var spikeDays = Set<String>()
            for hour in spike.hourStarts {
                let day = SimulatorFixture.moscow.startOfDay(for: hour)
                let parts = SimulatorFixture.moscow.dateComponents([.year, .month, .day], from: day)
                spikeDays.insert(String(format: "%04d-%02d-%02dT00:00:00", parts.year!, parts.month!, parts.day!))
            }
            #expect(spikeDays.contains(peak.key))
            #expect(peak.value > 2 * median)

            // On the peak day the spiking object alone outweighs the rest of its project.
            let dayStart = SimulatorFixture.moscow.date(
                from: DateComponents(
                    year: Int(peak.key.prefix(4)), month: Int(peak.key.dropFirst(5).prefix(2)),
                    day: Int(peak.key.dropFirst(8).prefix(2))))!
            let objectTotal = simulator.selectel.totalKopecks(
                from: dayStart, to: dayStart + 86_400, objectID: spike.objectID)
            #expect(objectTotal * 2 > peak.value)
        }
    }
}
