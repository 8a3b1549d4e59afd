import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: group_type dimensions")
struct SelectelGroupTypeTests {
    /// Which of project / object / metric / metric.region each group type fills.
    static let dimensions: [(String, project: Bool, object: Bool, metric: Bool, region: Bool)] = [
        ("project", true, false, false, false),
        ("object", false, true, false, false),
        ("metric", false, false, true, false),
        ("project_metric", true, false, true, false),
        ("region_metric", false, false, true, true),
        ("object_metric", false, true, true, false),
        ("project_object_region_metric", true, true, true, true),
    ]

    @Test("Rows fill exactly the dimensions named by group_type, and totals agree", arguments: dimensions)
    func dimensionsFilled(groupType: String, project: Bool, object: Bool, metric: Bool, region: Bool) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path = consumptionPath(
                start: "2026-03-01T00:00:00", end: "2026-03-03T23:00:00", groupType: groupType, period: "day")
            let reply = try await get(simulator, path)
            #expect(reply.status == 200)
            let rows = try reply.decode(StatisticsEnvelope.self).data
            #expect(!rows.isEmpty)
            let total = rows.reduce(0) { $0 + $1.value }
            let expected = simulator.selectel.totalKopecks(
                from: SimulatorFixture.moscowDate(2026, 3, 1), to: SimulatorFixture.moscowDate(2026, 3, 4))
            #expect(total == expected)
            for row in rows {
                #expect((row.project != nil) == project)
                #expect((row.object != nil) == object)
                #expect((row.metric != nil) == metric)
                #expect((row.metric?.region != nil) == region)
                #expect((row.provision_start != nil) == object)
            }
            // Every key is present, with null where a dimension is not grouped by.
            let raw = try reply.dataArray()
            let keys: Set<String> = [
                "account_id", "provider_key", "value", "period", "project", "metric", "object",
                "provision_start", "provision_end",
            ]
            #expect(raw.allSatisfy { Set($0.keys) == keys })
            let groups = rows.map {
                [$0.period, $0.provider_key, $0.project?.id, $0.object?.id, $0.metric?.id, $0.metric?.region]
            }
            #expect(Set(groups.map { "\($0)" }).count == rows.count, "no duplicate groups")
        }
    }

    @Test("Metric rows carry localised names, units and the summed quantity")
    func metricDetails() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path = consumptionPath(
                start: "2026-03-02T00:00:00", end: "2026-03-02T23:00:00", groupType: "object_metric", period: "all")
            let english = try await get(simulator, path).decode(StatisticsEnvelope.self).data
            let dataset = simulator.selectel
            let web = try #require(dataset.objects.first { $0.name == "web-01" })
            let ram = try #require(english.first { $0.object?.id == web.id && $0.metric?.id == "compute_ram" })
            #expect(ram.metric?.name == "RAM")
            #expect(ram.metric?.unit == "GB·h")
            let quantity = try #require(ram.metric?.quantity)
            #expect(quantity == 192, "8 GB for 24 hours")
            #expect(ram.object?.name == "web-01")
            #expect(ram.object?.type == "cloud_vm")
            #expect(ram.project == nil)

            let boot = try #require(english.first { $0.object?.parent_id == web.id && $0.object?.type == "volume" })
            #expect(boot.object?.parent_name == "web-01")

            let russian = try await get(simulator, path.replacingOccurrences(of: "locale=en", with: "locale=ru"))
                .decode(StatisticsEnvelope.self).data
            let ramRU = try #require(russian.first { $0.object?.id == web.id && $0.metric?.id == "compute_ram" })
            #expect(ramRU.metric?.name == "Оперативная память")
            #expect(ramRU.metric?.unit == "ГБ·ч")
            #expect(ramRU.value == ram.value)
        }
    }

    @Test("Objects created or deleted recently report their provision window and no cost outside it")
    func lifetimes() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.selectel
            let deleted = try #require(dataset.objects.first { $0.name == "gpu-trainer-2" })
            let deletedAt = try #require(deleted.deletedAt)
            #expect(deletedAt > SimulatorFixture.now.addingTimeInterval(-30 * 86_400))
            let created = try #require(dataset.objects.first { $0.name == "stage-worker" })
            #expect(created.createdAt > SimulatorFixture.now.addingTimeInterval(-30 * 86_400))
            #expect(created.deletedAt == nil)

            let path = consumptionPath(
                start: "2026-01-01T00:00:00", end: "2026-03-15T23:00:00", groupType: "object", period: "all")
            let rows = try await get(simulator, path).decode(StatisticsEnvelope.self).data
            let row = try #require(rows.first { $0.object?.id == deleted.id })
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(secondsFromGMT: 3 * 3600)
            formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
            #expect(row.provision_end == formatter.string(from: deletedAt))
            #expect(row.provision_start == formatter.string(from: deleted.createdAt))
            #expect(rows.first { $0.object?.id == created.id }?.provision_end == nil)

            let afterDeletion = dataset.totalKopecks(from: deletedAt, to: SimulatorFixture.now, objectID: deleted.id)
            #expect(afterDeletion == 0)
            let beforeCreation = dataset.totalKopecks(
                from: dataset.historyStart, to: created.createdAt, objectID: created.id)
            #expect(beforeCreation == 0)
            #expect(dataset.totalKopecks(from: created.createdAt, to: SimulatorFixture.now, objectID: created.id) > 0)
        }
    }
}
