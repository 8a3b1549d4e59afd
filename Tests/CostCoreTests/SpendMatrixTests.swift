import CostCore
import Foundation
import Testing

@Suite("Grouping a store in one pass")
struct SpendMatrixTests {
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

    @Test func theSpanMatrixGivesTheViewTableAndThePreviousTotalsOfSeparatePasses() {
        let previous = DateRange(start: utc("2026-10-29T00:00:00"), end: range.start)
        let utcZone = TimeZone(identifier: "UTC")!
        let before = Granularity.day.boundaries(of: previous, in: utcZone)
        var shifted = records
        for index in shifted.indices where index % 2 == 0 {
            shifted[index].period = DateRange(
                start: shifted[index].period.start.addingTimeInterval(-3 * 86_400),
                end: shifted[index].period.end.addingTimeInterval(-3 * 86_400))
        }
        let matrix = SpendMatrix(
            store: SpendStore(shifted), dimension: .service, boundaries: before + boundaries.dropFirst(),
            viewStart: before.count - 1)
        let view = GroupTable(records: shifted, dimension: .service, range: range, boundaries: boundaries)
        #expect(matrix.viewTable(range: range) == view)
        let separate = GroupTable(
            records: shifted, dimension: .service, range: previous, boundaries: [previous.start, previous.end])
        #expect(matrix.previousTotals == Dictionary(uniqueKeysWithValues: separate.rows.map { ($0.id, $0.total) }))
        #expect(
            matrix.previousTotals.values.reduce(Amount.zero, +) + view.rows.reduce(Amount.zero) { $0 + $1.total }
                == shifted.reduce(Amount.zero) { $0 + $1.amount.amount })
    }

    @Test func excludedAccountsAreLeftOutOfEveryRowAndTotal() {
        var mixed = records
        for index in mixed.indices where index % 4 == 1 { mixed[index].account = "other" }
        let store = SpendStore(mixed)
        let table = GroupTable(
            store: store, dimension: .region, excludedAccounts: ["other"], range: range, boundaries: boundaries)
        let kept = mixed.filter { $0.account != "other" }
        #expect(table == GroupTable(records: kept, dimension: .region, range: range, boundaries: boundaries))
        #expect(table.rows.reduce(0) { $0 + $1.recordCount } == kept.count)
    }
}
