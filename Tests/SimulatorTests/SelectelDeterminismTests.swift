import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: determinism")
struct SelectelDeterminismTests {
    static let paths = [
        "/v1/cloud_billing/statistic/projects?provider_keys=vpc",
        "/v1/cloud_billing/statistic/objects?provider_keys=vpc&provider_keys=mks&provider_keys=storage&locale=en",
        consumptionPath(
            start: "2026-02-20T00:00:00", end: "2026-03-15T23:00:00",
            groupType: "project_object_region_metric", period: "day"),
    ]

    static func fetchAll(seed: UInt64) async throws -> [Data] {
        try await SimulatorFixture.withSimulator(seed: seed) { simulator in
            var bodies: [Data] = []
            for path in paths {
                bodies.append(try await get(simulator, path).body)
            }
            return bodies
        }
    }

    @Test("The same seed and now give byte-identical answers from separate servers")
    func sameSeedSameBytes() async throws {
        let first = try await Self.fetchAll(seed: 42)
        let second = try await Self.fetchAll(seed: 42)
        #expect(first == second)
        #expect(first.allSatisfy { $0.count > 20 })
    }

    @Test("A different seed gives different data")
    func differentSeedDifferentBytes() async throws {
        let first = try await Self.fetchAll(seed: 42)
        let other = try await Self.fetchAll(seed: 43)
        for (one, two) in zip(first, other) {
            #expect(one != two)
        }
        let a = SelectelDataset(seed: 42, now: SimulatorFixture.now)
        let b = SelectelDataset(seed: 43, now: SimulatorFixture.now)
        #expect(a.projects.map(\.name) == b.projects.map(\.name))
        #expect(a.projects.map(\.id) != b.projects.map(\.id))
        let from = SimulatorFixture.moscowDate(2026, 3, 1)
        let totalA = a.totalKopecks(from: from, to: SimulatorFixture.now)
        let totalB = b.totalKopecks(from: from, to: SimulatorFixture.now)
        #expect(totalA != totalB)
    }

    @Test("The dataset has the documented size and realistic rates")
    func datasetSize() throws {
        let dataset = SelectelDataset(seed: 42, now: SimulatorFixture.now)
        #expect((25...40).contains(dataset.objects.count))
        #expect((60...100).contains(dataset.series.count))
        #expect(Set(dataset.objects.map(\.providerKey)) == ["vpc", "mks", "storage", "dbaas"])
        #expect(Set(dataset.objects.map(\.region)).isSuperset(of: ["ru-1", "ru-3", "ru-9"]))
        #expect(dataset.historyStart < SimulatorFixture.now.addingTimeInterval(-400 * 86_400))

        // A 4 vCPU server's CPU costs 1.5-3 RUB per hour.
        let web = try #require(dataset.objects.first { $0.name == "web-01" })
        let cpu = try #require(dataset.series.first { $0.objectID == web.id && $0.metric.id == "compute_cores" })
        let hour = SimulatorFixture.moscowDate(2026, 3, 2, 10)
        #expect((150...300).contains(dataset.kopecks(cpu, hourStart: hour)))
        #expect(dataset.kopecks(cpu, hourStart: SimulatorFixture.now) == 0, "the current hour is not billed")
        #expect(dataset.kopecks(cpu, hourStart: dataset.historyStart.addingTimeInterval(-3600)) == 0)
    }
}
