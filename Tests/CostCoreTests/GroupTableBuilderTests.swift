import CostCore
import Foundation
import Testing

@Suite("Grouping many records in one pass")
struct GroupTableBuilderTests {
    let range = DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-11-04T00:00:00"))
    var boundaries: [Date] { Granularity.day.boundaries(of: range, in: TimeZone(identifier: "UTC")!) }

    func record(region: String?, service: String?, day: Int, amount: String, currency: Currency) -> CostRecord {
        let start = utc("2026-11-0\(day)T00:00:00")
        return CostRecord(
            provider: .cloudru, account: "acc", region: region, service: service,
            period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
            amount: Money(Amount(amount)!, currency))
    }

    var records: [CostRecord] {
        (0..<300).map { index in
            record(
                region: [nil, "", "ru-1", "ru-2"][index % 4], service: index % 3 == 0 ? nil : "svc-\(index % 5)",
                day: 1 + index % 3, amount: "0.0\(index % 10 + 1)", currency: [.rub, .eur, .usd][index % 7 % 3])
        }
    }

    @Test func aMissingAndAnEmptyRegionAreOneUnassignedGroupPerCurrency() {
        let table = GroupTable(records: records, dimension: .region, range: range, boundaries: boundaries)
        let unassigned = table.rows.filter { $0.key == .unassigned }
        #expect(unassigned.count == 3)
        #expect(Set(unassigned.map(\.currency)) == [.rub, .eur, .usd])
        #expect(table.rows.reduce(0) { $0 + $1.recordCount } == 300)
    }

    @Test func interleavedCurrenciesKeepExactPerCurrencyTotalsAndSeries() {
        let table = GroupTable(records: records, dimension: .service, range: range, boundaries: boundaries)
        for currency in [Currency.rub, .eur, .usd] {
            let expected = records.filter { $0.amount.currency == currency }.reduce(Amount.zero) {
                $0 + $1.amount.amount
            }
            #expect(table.totals[currency].amount == expected)
            #expect(table.seriesTotals[currency]?.reduce(Amount.zero, +) == expected)
            let rows = table.rows.filter { $0.currency == currency }
            #expect(rows.reduce(Amount.zero) { $0 + $1.total } == expected)
        }
        #expect(table.unbucketedTotals.isEmpty)
    }

    @Test func anySequenceGivesTheSameTableAsAnArray() {
        let fromArray = GroupTable(
            records: records, dimension: .service, filters: [DrillFilter(dimension: .region, id: "ru-1")], range: range,
            boundaries: boundaries)
        let fromSequence = GroupTable(
            records: records.lazy.filter { _ in true }, dimension: .service,
            filters: [DrillFilter(dimension: .region, id: "ru-1")], range: range, boundaries: boundaries)
        #expect(fromArray == fromSequence)
        #expect(fromArray.rows.allSatisfy { $0.recordCount > 0 })
        #expect(fromArray.rows.reduce(0) { $0 + $1.recordCount } == records.filter { $0.region == "ru-1" }.count)
    }
}
