import Cache
import CostCore
import Foundation
import Testing

@Suite("Cache columns round trip")
struct ColumnRoundTripTests {
    let series = PieceSeries(account: "name=облако; provider=cloudru", shape: "day@UTC")
    let day = CacheFixtures.dayRange("2026-10-05")

    /// A store with every column: second amounts (Cloud.ru's amount without VAT), quantities on
    /// some records only, periods that start and end between whole seconds, and amounts at the
    /// edges of `Int128`.
    private func store() -> SpendStore {
        var store = SpendStore()
        let start = CacheFixtures.utc("2026-10-05", hours: 2)
        for index in 0..<50 {
            var native = ["tariff": "0.\(index % 3)"]
            if index % 5 != 0 { native["amount_without_vat"] = "\(index).\(index % 10)1" }
            store.append(
                CostRecord(
                    provider: .cloudru, account: "облако", project: EntityRef(id: "p\(index % 2)", name: "Проект"),
                    object: ObjectRef(id: "vm-\(index % 4)", parentID: index % 4 == 0 ? "host" : nil),
                    metric: EntityRef(id: "sku-\(index % 3)"), region: "ru-1", service: "Compute",
                    period: DateRange(
                        start: start.addingTimeInterval(Double(index) + 0.25),
                        end: start.addingTimeInterval(Double(index) + 1.5)),
                    amount: Money(Amount("\(index).123456789012")!, .rub),
                    quantity: index % 3 == 0 ? nil : Amount("\(index).5"), unit: "ч", native: native))
        }
        let code = store.seriesCode(provider: .selectel, account: "прод", currency: .eur)
        store.append(
            series: code, start: SpendStore.millisecondsSince1970(start),
            end: SpendStore.millisecondsSince1970(start) + 1, amount: Amount(units: .max), quantity: nil,
            secondAmount: Amount(units: -.max))
        store.append(
            series: code, start: SpendStore.millisecondsSince1970(start), end: SpendStore.millisecondsSince1970(start),
            amount: Amount(units: .min))
        return store
    }

    @Test func everyColumnComesBackBitForBit() async throws {
        let cache = try CacheFixtures.freshCache()
        let stored = store()
        #expect(!stored.quantities.isEmpty && !stored.secondAmounts.isEmpty)
        try await cache.store(
            [PieceContent(period: day, records: stored, isComplete: true)], of: series, fetchedAt: day.end)
        let read = try await cache.records(of: series, in: [day])
        #expect(read.amounts == stored.amounts)
        #expect(read.quantities == stored.quantities)
        #expect(read.secondAmounts == stored.secondAmounts)
        #expect(read.starts == stored.starts && read.ends == stored.ends)
        #expect(Array(read) == Array(stored))
        #expect(read[1].native["amount_without_vat"] == "1.11")
        #expect(read[1].period.start == CacheFixtures.utc("2026-10-05", hours: 2).addingTimeInterval(1.25))
        #expect(read.series.count == stored.series.count, "records sharing their names share a series")
        #expect(try await cache.integrityProblems().isEmpty)
    }

    @Test func piecesReadTogetherShareOneSeriesTable() async throws {
        let cache = try CacheFixtures.freshCache()
        let next = CacheFixtures.dayRange("2026-10-06")
        let records = Array(store())
        let moved = records.map { record in
            var record = record
            record.period = DateRange(
                start: record.period.start.addingTimeInterval(86_400), end: record.period.end.addingTimeInterval(86_400)
            )
            return record
        }
        try await cache.store(
            [
                PieceContent(period: day, records: records, isComplete: true),
                PieceContent(period: next, records: moved, isComplete: true),
            ], of: series, fetchedAt: next.end)
        let read = try await cache.records(of: series, in: [day, next])
        #expect(Array(read) == records + moved)
        #expect(read.series.count == store().series.count)
    }

    /// Days naming the same things in the same order take the previous day's codes; a day that
    /// names other things, and a day after it that names the first ones again, are read in full.
    @Test func daysOfTheSameNamesAndDaysOfOtherNamesAreReadAlike() async throws {
        let cache = try CacheFixtures.freshCache()
        let days = (5...8).map { CacheFixtures.dayRange("2026-10-0\($0)") }
        func shifted(_ records: [CostRecord], by dayCount: Int) -> [CostRecord] {
            records.map { record in
                var record = record
                let seconds = Double(dayCount) * 86_400
                record.period = DateRange(
                    start: record.period.start.addingTimeInterval(seconds),
                    end: record.period.end.addingTimeInterval(seconds))
                return record
            }
        }
        let first = Array(store())
        let other = shifted(CacheFixtures.varied(day: "2026-10-05"), by: 2)
        let pieces = [first, shifted(first, by: 1), other, shifted(first, by: 3)]
        try await cache.store(
            zip(days, pieces).map { PieceContent(period: $0, records: SpendStore($1), isComplete: true) }, of: series,
            fetchedAt: days[3].end)

        let read = try await cache.records(of: series, in: days)

        #expect(Array(read) == pieces.flatMap { $0 })
        #expect(read.series.count == SpendStore(first + other).series.count)
        #expect(Array(try await cache.records(of: series, in: [days[3]])) == pieces[3])
    }

    @Test func aStoreIsCutIntoPiecesByTheMiddleOfEachPeriod() {
        let stored = store()
        let span = DateRange(start: day.start, end: CacheFixtures.utc("2026-10-07"))
        let contents = PiecePlan(range: span, zone: .gmt).contents(
            of: span, records: stored, settledBefore: span.end)
        #expect(contents.map(\.records.count) == [stored.count, 0])
        #expect(Array(contents[0].records) == Array(stored))
    }
}
