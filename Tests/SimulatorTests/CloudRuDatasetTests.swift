import CostCore
import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: determinism, size and restatements")
struct CloudRuDatasetTests {
    static func fetchAll(seed: UInt64) async throws -> [Data] {
        try await SimulatorFixture.withSimulator(seed: seed) { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let agreement = simulator.cloudRu.agreementID
            let paths = [
                CloudRuFixture.path(
                    agreement: agreement, start: "2026-03-01T00:00:00Z", end: "2026-03-14T00:00:00Z",
                    extra: [("page_filter.page", "2"), ("page_filter.limit", "5000")]),
                CloudRuFixture.path(
                    2, agreement: agreement, start: "2026-02-01T00:00:00Z", end: "2026-03-14T00:00:00Z",
                    extra: [("page_filter.page_size", "5000")]),
            ]
            var bodies: [Data] = []
            for path in paths {
                bodies.append(try await CloudRuFixture.get(simulator, path, bearer: token).body)
            }
            return bodies
        }
    }

    @Test("The same seed and now give byte-identical answers; another seed gives other data")
    func determinism() async throws {
        let first = try await Self.fetchAll(seed: 42)
        #expect(try await Self.fetchAll(seed: 42) == first)
        #expect(first.allSatisfy { $0.count > 100_000 })
        let other = try await Self.fetchAll(seed: 43)
        for (one, two) in zip(first, other) {
            #expect(one != two)
        }
        let a = CloudRuDataset(seed: 42, now: CloudRuFixture.now)
        let b = CloudRuDataset(seed: 43, now: CloudRuFixture.now)
        #expect(a.projects.map(\.name) == b.projects.map(\.name))
        #expect(a.projects.map(\.id) != b.projects.map(\.id))
        #expect(a.agreementID != b.agreementID)
    }

    @Test("The organisation has UUID ids, 50-200 resources and over 40 000 rows a month")
    func size() throws {
        let dataset = CloudRuDataset(seed: 42, now: CloudRuFixture.now)
        #expect(UUID(uuidString: dataset.agreementID) != nil)
        #expect((3...6).contains(dataset.projects.count))
        #expect(dataset.projects.allSatisfy { UUID(uuidString: $0.id) != nil })
        #expect((50...200).contains(dataset.resources.count))
        #expect(dataset.resources.allSatisfy { UUID(uuidString: $0.id) != nil })
        #expect(Set(dataset.services).isSuperset(of: ["Объектное хранилище", "Виртуальные машины", "Диски"]))
        let month = dataset.rowCount(from: CloudRuFixture.day(2026, 2, 13), to: CloudRuFixture.day(2026, 3, 15))
        #expect(month >= 40_000)
        let day = dataset.rows(from: CloudRuFixture.day(2026, 3, 10), to: CloudRuFixture.day(2026, 3, 11))
        let perService = Dictionary(grouping: day, by: \.service).mapValues(\.count)
        #expect((perService["Foundation Models"] ?? 0) > 1_000, "one service emits thousands of tiny rows a day")
        #expect(day.filter { $0.service == "Foundation Models" }.allSatisfy { $0.amount < Amount(10) })
    }

    @Test("Restatement: a later now changes some current- and previous-month rows, keeping encode_id")
    func restatement() throws {
        let early = CloudRuDataset(seed: 42, now: CloudRuFixture.now)
        let late = CloudRuDataset(seed: 42, now: CloudRuFixture.now.addingTimeInterval(5 * 86_400))
        let stable = Set(
            early.resources.filter { resource in
                let other = late.resource(id: resource.id)
                return resource.id != early.spike.resourceID && other?.createdAt == resource.createdAt
                    && other?.deletedAt == resource.deletedAt
            }.map(\.id))
        #expect(stable.count > 60)
        func rows(_ dataset: CloudRuDataset, _ from: Date, _ to: Date) -> [String: CloudRuRow] {
            let list = dataset.rows(from: from, to: to, includeDeleted: true).filter { stable.contains($0.resourceID) }
            return Dictionary(uniqueKeysWithValues: list.map { ($0.encodeID, $0) })
        }
        let january = (CloudRuFixture.day(2026, 1, 1), CloudRuFixture.day(2026, 2, 1))
        #expect(rows(early, january.0, january.1) == rows(late, january.0, january.1), "January is final")

        let recent = (CloudRuFixture.day(2026, 2, 1), CloudRuFixture.day(2026, 3, 11))
        let before = rows(early, recent.0, recent.1)
        let after = rows(late, recent.0, recent.1)
        #expect(Set(before.keys) == Set(after.keys))
        let changed = before.keys.filter { before[$0] != after[$0] }
        #expect(changed.count > 50)
        for id in changed {
            let old = try #require(before[id])
            let new = try #require(after[id])
            #expect(new.updatedAt > early.now && new.updatedAt > old.updatedAt)
            #expect(new.usedate == old.usedate && new.resourceID == old.resourceID && new.sku == old.sku)
        }
        #expect(changed.contains { after[$0]?.isDeleted == true })
        #expect(changed.contains { after[$0]?.amount != before[$0]?.amount && after[$0]?.isDeleted == false })
    }

    @Test("v2 start_updated_dt returns the rows published or restated since then, February ones included")
    func updatedSince() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.cloudRu
            let token = try await CloudRuFixture.token(simulator)
            let since = "2026-03-10T00:00:00Z"
            let path = CloudRuFixture.path(
                2, agreement: dataset.agreementID, start: "2026-02-01T00:00:00Z", end: "2026-03-14T00:00:00Z",
                extra: [("start_updated_dt", since)])
            let pages = try await CloudRuFixture.v2Pages(simulator, path, token: token, pageSize: 25_000)
            let rows = pages.flatMap(\.rows)
            let sinceDate = Date(timeIntervalSince1970: 1_773_100_800)
            let expected = dataset.rows(
                from: CloudRuFixture.day(2026, 2, 1), to: CloudRuFixture.day(2026, 3, 15), includeDeleted: true
            ).filter { $0.updatedAt >= sinceDate }
            #expect(rows.compactMap(\.encode_id) == expected.map(\.encodeID))
            #expect(rows.allSatisfy { ($0.updated_dt ?? "").prefix(19) >= since.prefix(19) })
            #expect(rows.contains { $0.usedate.hasPrefix("2026-02") }, "restated February rows")
            #expect(
                !rows.contains {
                    $0.usedate == "2026-03-01T00:00:00Z" && $0.updated_dt?.hasPrefix("2026-03-02") == true
                })
        }
    }
}
