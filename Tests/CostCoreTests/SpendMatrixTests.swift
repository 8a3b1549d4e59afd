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

    /// Records of two accounts over a previous period and the view, some months long, some
    /// outside the span, objects renamed over time, in a mixed order (seeded, so the same each run).
    static func mixedRecords(seed: UInt64) -> [CostRecord] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let first = utc("2026-10-27T00:00:00")
        return (0..<600).map { _ in
            let object = next(5)
            let day = next(10)
            let long = next(12) == 0
            let start = first.addingTimeInterval(Double(day) * 86_400)
            let period = DateRange(start: start, end: start.addingTimeInterval(long ? 30 * 86_400 : 86_400))
            return CostRecord(
                provider: [ProviderKind.cloudru, .selectel][next(2)], account: ["a", "b"][object == 4 ? next(2) : 0],
                object: ObjectRef(id: "o\(object)", name: "name \(object)-\(day / 4)", type: "vm"),
                region: ["ru-1", "ru-2"][next(2)], period: period,
                amount: Money(Amount(units: Int128(next(10_000)) * 1_000_000), [Currency.rub, .eur][object % 2]))
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func theMatrixIsWhatOnePassAddingRecordsToGroupsGives(seed: UInt64) {
        let records = Self.mixedRecords(seed: seed)
        let span = DateRange(start: utc("2026-10-29T00:00:00"), end: utc("2026-11-04T00:00:00"))
        let boundaries = Granularity.day.boundaries(of: span, in: TimeZone(identifier: "UTC")!)
        let viewStart = 3
        let filters = seed.isMultiple(of: 2) ? [DrillFilter(dimension: .region, id: "ru-1")] : []
        let excluded: Set<String> = seed == 3 ? ["b"] : []
        let matrix = SpendMatrix(
            store: SpendStore(records), dimension: .object, filters: filters, excludedAccounts: excluded,
            boundaries: boundaries, viewStart: viewStart)

        // The reference: every record in order, added to its group as it comes.
        struct Expected {
            var key: GroupKey
            var currency: Currency
            var viewCount = 0
            var spanCount = 0
            var named = false
            var accounts: Set<String> = []
            var sums: [Amount]
        }
        var order: [String] = []
        var expected: [String: Expected] = [:]
        let buckets = boundaries.count - 1
        for record in records {
            guard !excluded.contains(record.account), filters.allSatisfy({ $0.matches(record) }) else { continue }
            let middle = record.period.start.addingTimeInterval(record.period.duration / 2)
            guard span.contains(middle) else { continue }
            let bucket = GroupTable.bucketIndex(of: middle, in: boundaries)
            let id = record.object!.id + "/" + record.amount.currency.code
            let key = GroupKey(id: record.object!.id, label: record.object!.label, kind: "vm")
            if expected[id] == nil {
                order.append(id)
                expected[id] = Expected(
                    key: key, currency: record.amount.currency, sums: Array(repeating: .zero, count: buckets))
            }
            expected[id]!.spanCount += 1
            expected[id]!.sums[bucket] += record.amount.amount
            guard bucket >= viewStart else { continue }
            expected[id]!.viewCount += 1
            expected[id]!.accounts.insert(record.account)
            if !expected[id]!.named {
                expected[id]!.key = key
                expected[id]!.named = true
            }
        }
        #expect(matrix.groups.map { $0.key.id + "/" + $0.currency.code } == order)
        #expect(!order.isEmpty)
        for (index, group) in matrix.groups.enumerated() {
            guard let reference = expected[order[index]] else { continue }
            #expect(group.key == reference.key)
            #expect(group.viewCount == reference.viewCount && group.spanCount == reference.spanCount)
            let sums = (0..<buckets).map { Amount(units: matrix.total(of: index, buckets: $0..<($0 + 1))) }
            #expect(sums == reference.sums)
        }
        let table = matrix.viewTable(range: DateRange(start: boundaries[viewStart], end: span.end))
        for row in table.rows {
            let reference = expected[row.key.id + "/" + row.currency.code]
            #expect(row.origin?.account == (reference?.accounts.count == 1 ? reference?.accounts.first : nil))
            #expect(row.recordCount == reference?.viewCount)
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
