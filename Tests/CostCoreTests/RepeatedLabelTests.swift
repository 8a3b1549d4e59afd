import CostCore
import Foundation
import Testing

@Suite("Rows with the same label say where they come from")
struct RepeatedLabelTests {
    let range = DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-11-02T00:00:00"))
    var boundaries: [Date] { [range.start, range.end] }

    func record(
        _ provider: ProviderKind, account: String, project: EntityRef?, amount: String, currency: Currency = .rub
    ) -> CostRecord {
        CostRecord(
            provider: provider, account: account, project: project, period: range,
            amount: Money(Amount(amount)!, currency))
    }

    @Test func twoProvidersWithAProjectOfTheSameNameAreToldApartByProvider() {
        let records = [
            record(.selectel, account: "selectel-prod", project: EntityRef(id: "p1", name: "Accounting"), amount: "10"),
            record(.cloudru, account: "cloudru-main", project: EntityRef(id: "p2", name: "Accounting"), amount: "20"),
            record(.cloudru, account: "cloudru-main", project: EntityRef(id: "p3", name: "Shop"), amount: "5"),
        ]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        #expect(
            table.rows.map(\.key.label) == ["Accounting · Cloud.ru", "Accounting · Selectel", "Shop"])
        #expect(table.rows.map(\.key.id) == ["p2", "p1", "p3"])
    }

    @Test func rowsWithoutAProjectFromTwoProvidersNameTheirProviders() {
        let records = [
            record(.seeweb, account: "seeweb", project: nil, amount: "3", currency: .eur),
            record(.f5xc, account: "f5", project: nil, amount: "4", currency: .usd),
        ]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        #expect(Set(table.rows.map(\.key.label)) == ["(unassigned) · Seeweb", "(unassigned) · F5"])
    }

    @Test func twoAccountsOfOneProviderAreToldApartByAccount() {
        let records = [
            record(.cloudru, account: "cloudru-prod", project: EntityRef(id: "p1", name: "Accounting"), amount: "2"),
            record(.cloudru, account: "cloudru-test", project: EntityRef(id: "p2", name: "Accounting"), amount: "1"),
        ]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        #expect(table.rows.map(\.key.label) == ["Accounting · cloudru-prod", "Accounting · cloudru-test"])
    }

    @Test func aMixedRowNamesItsProvidersWhenAccountsCannotTellThemApart() {
        let records = [
            record(.onapp, account: "onapp", project: nil, amount: "1"),
            record(.selectel, account: "selectel", project: nil, amount: "2"),
            record(.cloudru, account: "cloudru", project: nil, amount: "3", currency: .usd),
        ]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        let labels = Set(table.rows.map(\.key.label))
        #expect(labels == ["(unassigned) · Selectel, OnApp", "(unassigned) · Cloud.ru"])
    }

    @Test func oneGroupInTwoCurrenciesKeepsItsPlainLabel() {
        let project = EntityRef(id: "p1", name: "Accounting")
        let records = [
            record(.cloudru, account: "cloudru", project: project, amount: "1"),
            record(.cloudru, account: "cloudru", project: project, amount: "2", currency: .usd),
        ]
        let table = GroupTable(records: records, dimension: .project, range: range, boundaries: boundaries)
        #expect(table.rows.map(\.key.label) == ["Accounting", "Accounting"])
    }
}
