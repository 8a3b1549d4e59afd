import CostCore
import Foundation
import Reports
import Testing

@Suite("Report labels of groups told apart by origin")
struct ReportOriginLabelTests {
    let range = DateRange(
        start: CivilDateTime(parsing: "2026-11-01")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-11-02")!.date(utcOffsetSeconds: 0))

    func record(_ provider: ProviderKind, _ account: String, _ amount: String, _ currency: Currency) -> CostRecord {
        CostRecord(provider: provider, account: account, period: range, amount: Money(Amount(amount)!, currency))
    }

    @Test func aGroupWithoutAProjectInTwoCurrenciesNamesEveryProviderOnce() {
        let records = [
            record(.seeweb, "seeweb", "15.97", .eur), record(.onapp, "onapp", "12", .usd),
            record(.f5xc, "f5", "2238.37", .usd),
        ]
        let report = Report(
            records: records, dimension: .project, range: range, zone: TimeZone(identifier: "UTC")!, granularity: nil)
        #expect(report.groups.map(\.label) == ["(unassigned) · Seeweb, OnApp, F5"])
        #expect(report.groups[0].amounts == [Money(Amount("15.97")!, .eur), Money(Amount("2250.37")!, .usd)])
    }

    @Test func labelsWithoutAnOriginAreKept() {
        let records = [record(.selectel, "s", "1", .rub), record(.selectel, "s", "2", .eur)]
        let report = Report(
            records: records, dimension: .project, range: range, zone: TimeZone(identifier: "UTC")!, granularity: nil)
        #expect(report.groups.map(\.label) == ["(unassigned)"])
    }
}
