import Cache
import CostCore
import Foundation
import Testing

@Suite("Reading many records with repeated names")
struct RepeatedNamesReadTests {
    let series = PieceSeries(account: "name=облако; provider=cloudru", shape: "day@UTC")

    /// Records that share most names and differ in a few, as a provider's rows do: the reader
    /// hands out one string per distinct name and must never confuse two of them.
    private func records(day: String) -> [CostRecord] {
        (0..<600).map { index in
            CostRecord(
                provider: .cloudru, account: "облако",
                project: EntityRef(id: "p\(index % 3)", name: index % 3 == 0 ? "Бухгалтерия" : "prod-\(index % 3)"),
                object: ObjectRef(
                    id: "vm-\(index % 40)", name: "сервер-\(index % 40)", type: index % 2 == 0 ? "vm" : nil,
                    parentID: nil, parentName: nil),
                metric: EntityRef(id: "sku-\(index % 7)", name: index % 7 == 0 ? nil : "SKU \(index % 7)"),
                region: index % 5 == 0 ? nil : "ru.AZ-\(index % 3)", service: "Compute",
                period: CacheFixtures.dayRange(day), amount: Money(Amount("\(index).\(index % 1_000)")!, .rub),
                quantity: index % 4 == 0 ? nil : Amount("\(index % 9).5"), unit: index % 6 == 0 ? "" : "ч",
                native: index % 8 == 0
                    ? [:] : ["amount_without_vat": "\(index).01", "tariff": "0.\(index % 7)", "пусто": ""])
        }
    }

    @Test func everyFieldComesBackExactly() async throws {
        let cache = try CacheFixtures.freshCache()
        let first = records(day: "2026-10-05")
        let second = records(day: "2026-10-06")
        try await cache.store(
            [
                PieceContent(period: CacheFixtures.dayRange("2026-10-05"), records: first, isComplete: true),
                PieceContent(period: CacheFixtures.dayRange("2026-10-06"), records: second, isComplete: true),
            ], of: series, fetchedAt: CacheFixtures.utc("2026-11-20"))
        let read = try await cache.records(
            of: series, in: [CacheFixtures.dayRange("2026-10-05"), CacheFixtures.dayRange("2026-10-06")])
        #expect(read.count == first.count + second.count)
        #expect(Array(read) == first + second)
        #expect(read[1].native["пусто"] == "")
        #expect(read[0].native.isEmpty)
    }
}
