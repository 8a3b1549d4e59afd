import CostCore
import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: v1 pages and v2 page tokens")
struct CloudRuPagingTests {
    /// 30 days, 13 February to 14 March 2026 inclusive.
    static func month(_ simulator: RunningSimulator, version: Int) -> String {
        CloudRuFixture.path(
            version, agreement: simulator.cloudRu.agreementID,
            start: "2026-02-13T00:00:00Z", end: "2026-03-14T00:00:00Z")
    }
    static let from = CloudRuFixture.day(2026, 2, 13)
    static let to = CloudRuFixture.day(2026, 3, 15)

    @Test("v1 pages of 30 000 cover every live row exactly once, in order, summing to the dataset total")
    func v1Pages() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let pages = try await CloudRuFixture.v1Pages(
                simulator, Self.month(simulator, version: 1), token: token, limit: 30_000)
            #expect(pages.count >= 2)
            #expect(pages.dropLast().allSatisfy { $0.rows.count == 30_000 })
            #expect(pages.allSatisfy { $0.keys == ["consumptions"] }, "the documented envelope only")

            let expected = simulator.cloudRu.rows(from: Self.from, to: Self.to)
            let rows = pages.flatMap(\.rows)
            let numbers = pages.flatMap(\.numbers)
            #expect(rows.count == expected.count)
            #expect(rows.count == simulator.cloudRu.rowCount(from: Self.from, to: Self.to))
            #expect(rows.allSatisfy { $0.encode_id == nil && $0.is_delete == nil }, "v1 has no v2 fields")
            let total = pages.reduce(Amount.zero) { $0 + $1.liveAmount }
            #expect(total == simulator.cloudRu.totalAmount(from: Self.from, to: Self.to))
            #expect(
                pages.flatMap(\.numbers).reduce(Amount.zero) { $0 + $1.amountWithVAT }
                    == simulator.cloudRu.totalAmountWithVAT(from: Self.from, to: Self.to))

            var mismatches = 0
            for (index, (row, truth)) in zip(zip(rows, numbers), expected).enumerated() {
                if row.0.resource_id != truth.resourceID || row.0.sku != truth.sku || row.1.amount != truth.amount {
                    mismatches += 1
                    if mismatches == 1 { Issue.record("row \(index) differs from the dataset") }
                }
            }
            #expect(mismatches == 0)
        }
    }

    @Test("A v1 page past the end is empty; smaller pages give the same rows")
    func v1SmallPages() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let path = CloudRuFixture.path(
                agreement: simulator.cloudRu.agreementID, services: ["Виртуальные машины", "Диски"],
                start: "2026-03-01T00:00:00Z", end: "2026-03-14T00:00:00Z")
            let whole = try CloudRuPage(try await CloudRuFixture.get(simulator, path, bearer: token))
            let pages = try await CloudRuFixture.v1Pages(simulator, path, token: token, limit: 97)
            #expect(pages.count == whole.rows.count / 97 + 1)
            #expect(pages.flatMap(\.numbers) == whole.numbers)
            #expect(pages.flatMap { $0.rows.map(\.resource_id) } == whole.rows.map(\.resource_id))
            let past = try await CloudRuFixture.get(
                simulator, path + "&page_filter.page=1000&page_filter.limit=97", bearer: token)
            #expect(past.status == 200)
            #expect(past.text == "{\"consumptions\":[]}")
        }
    }

    @Test("v2 page tokens cover every row once, deleted rows flagged, the last token empty")
    func v2Pages() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let pages = try await CloudRuFixture.v2Pages(
                simulator, Self.month(simulator, version: 2), token: token, pageSize: 25_000)
            #expect(pages.count >= 3)
            #expect(pages.dropLast().allSatisfy { $0.rows.count == 25_000 && $0.nextPageToken?.isEmpty == false })
            #expect(pages.last?.nextPageToken == "")
            #expect(pages.allSatisfy { $0.keys == ["consumptions", "next_page_token"] })

            let rows = pages.flatMap(\.rows)
            let ids = rows.compactMap(\.encode_id)
            #expect(ids.count == rows.count)
            #expect(Set(ids).count == ids.count, "encode_id is unique")
            let expected = simulator.cloudRu.rows(from: Self.from, to: Self.to, includeDeleted: true)
            #expect(ids == expected.map(\.encodeID))
            #expect(rows.map { $0.is_delete == true } == expected.map(\.isDeleted))
            #expect(rows.contains { $0.is_delete == true }, "restatements deleted some rows")
            let live = pages.reduce(Amount.zero) { $0 + $1.liveAmount }
            #expect(live == simulator.cloudRu.totalAmount(from: Self.from, to: Self.to))
        }
    }

    @Test("v2 defaults to 1 000 rows a page; a token only works with the query it came from")
    func v2Tokens() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let bearer = try await CloudRuFixture.token(simulator)
            let path = Self.month(simulator, version: 2)
            let first = try CloudRuPage(try await CloudRuFixture.get(simulator, path, bearer: bearer))
            #expect(first.rows.count == 1_000)
            let next = try #require(first.nextPageToken)
            #expect(next.count == 32)
            let second = try await CloudRuFixture.get(
                simulator, path + "&page_filter.page_token=\(next)", bearer: bearer)
            #expect(second.status == 200)
            #expect(try CloudRuPage(second).rows.first?.encode_id != first.rows.last?.encode_id)

            let other = CloudRuFixture.path(
                2, agreement: simulator.cloudRu.agreementID, start: "2026-02-14T00:00:00Z", end: "2026-03-14T00:00:00Z",
                extra: [("page_filter.page_token", next)])
            let replayed = try await CloudRuFixture.get(simulator, other, bearer: bearer)
            #expect(replayed.status == 400)
            #expect(try CloudRuFixture.message(replayed).contains("page_token"))
        }
    }
}
