import CostCore
import Explorer
import Foundation
import Testing

@Suite("Provider drill paths")
struct ProviderDrillTests {
    @Test func cloudRuGoesProjectServiceResourceSKUAndBack() {
        var state = ProviderFixtures.state(.cloudru, account: "cloudru-demo", records: ProviderFixtures.cloudRu)
        #expect(state.level.dimension == .project)
        #expect(state.table.rows.map(\.key.label) == ["ML-платформа", "Интернет-магазин"])
        state.press(.down, .enter)
        #expect(state.level.dimension == .service)
        #expect(state.pluralTitle(of: state.level) == "Services")
        #expect(state.table.rows.map(\.key.label) == ["Виртуальные машины", "Диски"])
        state.press(.down, .enter)
        #expect(state.level.dimension == .object)
        #expect(state.title(of: state.level) == "Resource")
        #expect(state.table.rows.map(\.key.label) == ["web-1-boot"])
        state.press(.escape, .up, .enter)
        #expect(state.table.rows.map(\.key.label) == ["web-1"])
        state.press(.enter)
        #expect(state.level.dimension == .metric)
        #expect(state.pluralTitle(of: state.level) == "SKUs")
        #expect(state.rootCrumb == "All projects")
        #expect(state.chart.levels.compactMap(\.crumb) == ["Интернет-магазин", "Виртуальные машины", "web-1"])
        #expect(state.press(.enter).isEmpty)
        #expect(state.screen.notice?.contains("finest level") == true)
        state.press(.escape, .escape, .escape)
        #expect(state.level.dimension == .project)
        #expect(state.selectedRow?.key.label == "Интернет-магазин")
    }

    @Test func cloudRuSKUsCarryQuantityUnitAndTariffRange() throws {
        var state = ProviderFixtures.state(.cloudru, account: "cloudru-demo", records: ProviderFixtures.cloudRu)
        state.press(.down, .enter, .enter, .enter)
        guard case .quantities(let details, let showsTariff) = state.drillDetail else {
            Issue.record("no quantities at the SKU level")
            return
        }
        #expect(showsTariff)
        let vcpu = try #require(state.table.rows.first { $0.key.id == "compute.vcpu" })
        let detail = try #require(details[vcpu.id])
        #expect(detail.quantity == Amount(960))
        #expect(detail.unit == "vCPU*ч")
        #expect(detail.tariffRange == Amount("0.58")!...Amount("0.6")!)
        // The amount is Σ usefact × tariff, exactly; the tariff itself is never summed.
        #expect(vcpu.total == Amount("566.4")!)
    }

    @Test func onAppStartsAtVMsAndDrillsIntoAVMsDisksAndNICs() {
        var state = ProviderFixtures.state(.onapp, account: "onapp-demo", records: ProviderFixtures.onApp)
        #expect(state.level.dimension == .object)
        #expect(state.rootCrumb == "All VMs")
        #expect(!state.table.rows.contains { $0.key.label == "(unassigned)" })
        #expect(state.table.rows.map(\.key.label) == ["db-01", "db-01 root", "eth0", "web-01"])
        #expect(state.table.rows.map(\.depth) == [0, 1, 1, 0])
        state.press(.enter)
        #expect(state.level.dimension == .object)
        #expect(state.pluralTitle(of: state.level) == "Disks and NICs")
        #expect(state.table.rows.map(\.key.label) == ["db-01", "db-01 root", "eth0"])
        #expect(state.table.totals[.usd].amount == Amount(minorUnits: (240 + 180 + 60 + 15 + 36) * 10, decimals: 2))
        state.press(.down, .enter)
        #expect(state.level.dimension == .metric)
        #expect(state.title(of: state.level) == "Resource")
        #expect(state.table.rows.map(\.key.label) == ["disk_size", "data_read"])
        #expect(state.chart.levels.compactMap(\.crumb) == ["db-01", "db-01 root"])
        state.press(.escape)
        #expect(state.selectedRow?.key.label == "db-01 root")
        state.press(.escape)
        #expect(state.chart.levels.count == 1)
        #expect(state.selectedRow?.key.label == "db-01")
    }

    @Test func anOnAppVMWithoutDevicesAndAChildRowDrillStraightToResources() {
        var state = ProviderFixtures.state(.onapp, account: "onapp-demo", records: ProviderFixtures.onApp)
        state.press(.end, .enter)
        #expect(state.level.dimension == .metric)
        #expect(state.table.rows.map(\.key.label) == ["cpu_shares"])
        state.press(.escape, .home, .down, .enter)
        #expect(state.level.dimension == .metric)
        #expect(state.table.rows.map(\.key.label) == ["disk_size", "data_read"])
        #expect(state.chart.levels.compactMap(\.crumb) == ["db-01 / db-01 root"])
    }

    @Test func seewebGoesGroupServerMonthSplit() throws {
        var state = ProviderFixtures.state(.seeweb, account: "seeweb-demo", records: ProviderFixtures.seeweb)
        #expect(state.pluralTitle(of: state.level) == "Groups")
        #expect(state.groupingTitle(of: .object) == "Server")
        state.press(.enter)
        #expect(state.title(of: state.level) == "Server")
        #expect(state.table.rows.map(\.key.label) == ["shop-db", "shop-web"])
        state.press(.enter)
        #expect(state.chart.levels.compactMap(\.crumb) == ["eg100001", "shop-db"])
        guard case .seewebServer(let splits) = state.drillDetail else {
            Issue.record("no month split for one server")
            return
        }
        let split = try #require(splits.first)
        #expect(splits.count == 1)
        #expect(split.title == "November 2026")
        #expect(split.lines.map(\.label) == ["Online", "Offline", "Reserved plan 12", "Reserved plan 24"])
        #expect(split.lines.map(\.hours) == [Amount(300), Amount(20), Amount(200), Amount(100)])
        #expect(split.lines[1].discountPercent == Amount(50))
        #expect(split.lines[2].discountPercent == Amount(25))
        #expect(split.lines[2].reduction == Amount(5))
        #expect(split.lines[2].startDate == "2025-12-01")
        #expect(split.lines[2].endDate == "2026-12-01")
        #expect(split.lines[2].expiryText == "expires in 11 days")
        #expect(split.lines[3].expiryText == "expired")
        #expect(split.billedCost == Amount(52))
        #expect(split.originalCost == Amount(62))
        #expect(split.saved == Amount(10))
        state.press(.escape)
        #expect(state.drillDetail == nil)
        #expect(state.selectedRow?.key.label == "shop-db")
    }

    @Test func f5StartsAtServicesAndDrillsIntoItems() {
        var state = ProviderFixtures.state(.f5xc, account: "f5xc-demo", records: ProviderFixtures.f5)
        #expect(state.level.dimension == .service)
        #expect(state.rootCrumb == "All services")
        #expect(state.table.rows.map(\.key.label) == ["Web App & API Protection", "DNS"])
        state.press(.down, .enter)
        #expect(state.level.dimension == .metric)
        #expect(state.pluralTitle(of: state.level) == "Items")
        #expect(state.table.rows.map(\.key.label) == ["DNS Queries", "DNS Zones"])
        guard case .quantities(let details, false) = state.drillDetail else {
            Issue.record("no quantities for F5 items")
            return
        }
        #expect(details[state.table.rows[0].id]?.quantity == Amount(31_000_000))
        #expect(details[state.table.rows[0].id]?.unit == "queries")
        state.press(.escape)
        #expect(state.selectedRow?.key.label == "DNS")
    }

    @Test func aMixedViewFollowsTheDrilledRowsProvider() {
        var state = ProviderFixtures.state(
            accounts: [
                AccountEntry(name: "cloudru-demo", provider: .cloudru),
                AccountEntry(name: "onapp-demo", provider: .onapp),
            ],
            records: ["cloudru-demo": ProviderFixtures.cloudRu, "onapp-demo": ProviderFixtures.onApp])
        #expect(state.viewProvider == nil)
        #expect(state.level.dimension == .project)
        #expect(state.groupingTitle(of: .object) == "Object")
        let labels = state.table.rows.map(\.key.label)
        let project = labels.firstIndex(of: "Интернет-магазин")!
        state.press(.home)
        for _ in 0..<project { state.press(.down) }
        state.press(.enter)
        #expect(state.level.dimension == .service)
        #expect(state.level.provider == .cloudru)
        state.press(.escape)
        #expect(state.selectedRow?.key.label == "Интернет-магазин")
        // OnApp's rows have no project: the "(unassigned)" row leads to VMs, not to a second useless level.
        let unassigned = state.table.rows.firstIndex { $0.key.label == "(unassigned)" }!
        state.press(.home)
        for _ in 0..<unassigned { state.press(.down) }
        state.press(.enter)
        #expect(state.level.dimension == .object)
        #expect(state.pluralTitle(of: state.level) == "VMs")
        #expect(state.table.rows.first?.key.label == "db-01")
    }

    @Test func leavingAProviderOnlyViewPutsTheProjectGroupingBack() {
        var state = ProviderFixtures.state(
            accounts: [
                AccountEntry(name: "f5xc-demo", provider: .f5xc),
                AccountEntry(name: "cloudru-demo", provider: .cloudru),
            ],
            records: ["cloudru-demo": ProviderFixtures.cloudRu, "f5xc-demo": ProviderFixtures.f5])
        #expect(state.level.dimension == .project)
        state.query.excludedAccounts = ["cloudru-demo"]
        state.deriveView()
        #expect(state.level.dimension == .service)
        #expect(state.chart.levels[0].replacedDimension == .project)
        state.query.excludedAccounts = []
        state.deriveView()
        #expect(state.level.dimension == .project)
    }

    @Test func selectelKeepsProjectObjectMetricWithQuantitiesForOneObject() {
        var state = Fixtures.loadedState()
        state.press(.enter, .down, .enter)
        #expect(state.level.dimension == .metric)
        guard case .quantities(let details, false) = state.drillDetail else {
            Issue.record("no quantities for one object's metrics")
            return
        }
        #expect(details[state.table.rows[0].id]?.quantity == Amount(24 * 30))
        #expect(details[state.table.rows[0].id]?.unit == "core·h")
    }
}
