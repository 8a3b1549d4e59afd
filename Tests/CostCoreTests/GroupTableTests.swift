import CostCore
import Foundation
import Testing

@Suite("Grouping")
struct GroupTableTests {
    let range = DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-11-04T00:00:00"))

    func record(
        project: String, object: String? = nil, parent: String? = nil, day: Int, amount: String,
        currency: Currency = .rub
    ) -> CostRecord {
        let start = utc("2026-11-0\(day)T00:00:00")
        return CostRecord(
            provider: .selectel, account: "acc", project: EntityRef(id: project, name: project.uppercased()),
            object: object.map { ObjectRef(id: $0, name: $0, parentID: parent) },
            period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
            amount: Money(Amount(amount)!, currency))
    }

    var boundaries: [Date] { Granularity.day.boundaries(of: range, in: TimeZone(identifier: "UTC")!) }

    @Test func totalsPerGroupAndPerCurrency() {
        let records = [
            record(project: "a", day: 1, amount: "1.10"), record(project: "a", day: 2, amount: "2.20"),
            record(project: "b", day: 1, amount: "5.00"), record(project: "b", day: 3, amount: "0.01", currency: .eur),
            record(project: "a", day: 5, amount: "100"),  // outside the range
        ]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        #expect(table.rows.map(\.id) == ["b\u{1F}EUR", "b\u{1F}RUB", "a\u{1F}RUB"])
        #expect(table.rows.last?.total == Amount("3.3")!)
        #expect(table.rows.last?.series == [Amount("1.1")!, Amount("2.2")!, .zero])
        #expect(table.totals[.rub].amount == Amount("8.3")!)
        #expect(table.totals[.eur].amount == Amount("0.01")!)
        #expect(table.seriesTotals[.rub] == [Amount("6.1")!, Amount("2.2")!, .zero])
        #expect(table.bucketsWithData == [true, true, true])
    }

    @Test func filtersKeepOnlyTheDrilledGroup() {
        let records = [
            record(project: "a", object: "vm1", day: 1, amount: "1"),
            record(project: "b", object: "vm2", day: 1, amount: "2"),
        ]
        let table = GroupTable(
            records: records, dimension: .object, filters: [DrillFilter(dimension: .project, id: "a")], range: range,
            boundaries: boundaries)
        #expect(table.rows.map(\.key.id) == ["vm1"])
        #expect(table.totals[.rub].amount == Amount(1))
    }

    @Test func recordsWithoutTheDimensionAreNotDropped() {
        let records = [
            record(project: "a", day: 1, amount: "1"), record(project: "a", object: "vm", day: 1, amount: "2"),
        ]
        let table = GroupTable(records: records, dimension: .object, range: range, boundaries: boundaries)
        #expect(Set(table.rows.map(\.key)) == [GroupKey.unassigned, GroupKey(id: "vm", label: "vm")])
        #expect(table.totals[.rub].amount == Amount(3))
    }

    @Test func childrenNestUnderTheirParentOrderedBySubtreeTotal() {
        let records = [
            record(project: "p", object: "server", day: 1, amount: "1"),
            record(project: "p", object: "disk", parent: "server", day: 1, amount: "5"),
            record(project: "p", object: "ip", parent: "server", day: 1, amount: "0.5"),
            record(project: "p", object: "bucket", day: 1, amount: "4"),
            record(project: "p", object: "orphan-disk", parent: "gone", day: 1, amount: "0.1"),
        ]
        let table = GroupTable(
            records: records, dimension: .object, range: range, boundaries: boundaries, nestByParent: true)
        #expect(table.rows.map(\.key.id) == ["server", "disk", "ip", "bucket", "orphan-disk"])
        #expect(table.rows.map(\.depth) == [0, 1, 1, 0, 0])
        #expect(table.rows[0].hasChildren)
        #expect(table.rows[2].isLastChild)
    }

    @Test func gapsAreDistinctFromZero() {
        let records = [record(project: "a", day: 1, amount: "0"), record(project: "a", day: 3, amount: "1")]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        #expect(table.bucketsWithData == [true, false, true])
    }

    @Test func topNMergesTheRestIntoOtherWithoutChangingTotals() {
        let rows = (1...5).map { index in
            GroupRow(
                key: GroupKey(id: "g\(index)", label: "g\(index)"), currency: .rub, total: Amount(index),
                series: [Amount(index)])
        }
        let top = rows.top(2)
        #expect(top.map(\.key.label) == ["g5", "g4", "Other (3 groups)"])
        #expect(top.last?.total == Amount(6))
        #expect(top.last?.series == [Amount(6)])
        #expect(top.reduce(Amount.zero) { $0 + $1.total } == Amount(15))
    }
}

@Suite("GroupTable: records longer than a bucket")
struct GroupTableCoarseRecordTests {
    @Test func aMonthsBillCountsInTheTotalButInNoDay() {
        let utc = TimeZone(identifier: "UTC")!
        let start = CivilDateTime(parsing: "2026-11-01T00:00:00")!.date(utcOffsetSeconds: 0)
        let range = DateRange(start: start, end: start.addingTimeInterval(30 * 86_400))
        // Seeweb's November: from Italian midnight, i.e. the evening before in UTC.
        let month = DateRange(start: start.addingTimeInterval(-3_600), end: range.end.addingTimeInterval(-3_600))
        let day = DateRange(start: start.addingTimeInterval(86_400), end: start.addingTimeInterval(2 * 86_400))
        let records = [
            CostRecord(provider: .seeweb, account: "s", period: month, amount: Money(Amount("251.89")!, .eur)),
            CostRecord(provider: .seeweb, account: "s", period: day, amount: Money(Amount("1.10")!, .eur)),
        ]
        let table = GroupTable(
            records: records, dimension: .account, range: range,
            boundaries: Granularity.day.boundaries(of: range, in: utc))
        #expect(table.totals[.eur].amount == Amount("252.99"))
        #expect(table.unbucketedTotals[.eur] == Amount("251.89"))
        #expect(table.seriesTotals[.eur]?.reduce(Amount.zero, +) == Amount("1.10"))
        #expect(table.rows.first?.unbucketed == Amount("251.89"))
        #expect(table.bucketsWithData.filter { $0 }.count == 1)
    }
}
