import CostCore
import Explorer
import TerminalKit
import Testing

@Suite("Provider drill-down snapshots")
struct ProviderDrillSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 50)]

    @Test(arguments: sizes)
    func selectelObjectMetrics(width: Int, height: Int) {
        var state = Fixtures.loadedState(size: TerminalSize(width: width, height: height))
        state.press(.enter, .down, .enter)
        let text = ExplorerView.render(state).text
        #expect(text.contains("All projects › production › web-01"))
        if width >= 120 { #expect(text.contains("720 core·h")) }
        assertSnapshot(ExplorerView.render(state), named: "drill-selectel-metrics-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func seewebReservedDiscounts(width: Int, height: Int) {
        let state = Self.seewebServer(size: TerminalSize(width: width, height: height))
        let text = ExplorerView.render(state).text
        #expect(text.contains("All groups › eg100001 › shop-db"))
        #expect(text.contains("25%"))
        #expect(text.contains("expires in 11 days"))
        #expect(text.contains("10.00 €"))
        assertSnapshot(ExplorerView.render(state), named: "drill-seeweb-server-\(width)x\(height)")
    }

    @Test func seewebReservedDiscountsInASCII() {
        let state = Self.seewebServer(size: TerminalSize(width: 80, height: 24), ascii: true)
        let frame = ExplorerView.render(state)
        #expect(frame.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(frame.text.contains("2025-12-01 - 2026-12-01 | expires in 11 days"))
        #expect(frame.text.contains("52.00 EUR"))
        assertSnapshot(frame, named: "drill-seeweb-server-ascii-80x24")
    }

    @Test func seewebReservedDiscountsInMonochrome() {
        let state = Self.seewebServer(size: TerminalSize(width: 120, height: 40))
        assertThemedSnapshot(ExplorerView.render(state), theme: .monochrome, named: "drill-seeweb-server-mono-120x40")
    }

    @Test(arguments: sizes)
    func cloudRuSKUsWithTariffs(width: Int, height: Int) {
        var state = ProviderFixtures.state(
            .cloudru, account: "cloudru-demo", records: ProviderFixtures.cloudRu,
            size: TerminalSize(width: width, height: height))
        state.press(.down, .enter, .enter, .enter)
        let text = ExplorerView.render(state).text
        if width >= 120 {
            #expect(text.contains("Tariff"))
            #expect(text.contains("0.58–0.6 ₽"))
        } else {
            #expect(!text.contains("Tariff"))
        }
        #expect(text.contains("566.40 ₽"))
        assertSnapshot(ExplorerView.render(state), named: "drill-cloudru-skus-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func onAppVMDisksAndNICs(width: Int, height: Int) {
        var state = ProviderFixtures.state(
            .onapp, account: "onapp-demo", records: ProviderFixtures.onApp,
            size: TerminalSize(width: width, height: height))
        state.press(.enter)
        let text = ExplorerView.render(state).text
        #expect(text.contains("All VMs › db-01"))
        #expect(text.contains("Disks and NICs"))
        // db-01's metered part over the 10 days in range sits beside its total.
        #expect(text.contains("Usage 12.50 $ · Total 53.10 $"))
        assertSnapshot(ExplorerView.render(state), named: "drill-onapp-vm-\(width)x\(height)")
    }

    @Test func onAppVMUsageInASCIIAndNotAtTheVMList() {
        var state = ProviderFixtures.state(
            .onapp, account: "onapp-demo", records: ProviderFixtures.onApp, size: TerminalSize(width: 120, height: 40),
            ascii: true)
        #expect(!ExplorerView.render(state).text.contains("Usage"))
        state.press(.enter)
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("Usage 12.50 USD | Total 53.10 USD"))
        assertSnapshot(frame, named: "drill-onapp-vm-ascii-120x40")
    }

    @Test(arguments: sizes)
    func f5ServiceItems(width: Int, height: Int) {
        var state = ProviderFixtures.state(
            .f5xc, account: "f5xc-demo", records: ProviderFixtures.f5,
            size: TerminalSize(width: width, height: height))
        state.press(.enter)
        let text = ExplorerView.render(state).text
        #expect(text.contains("All services › Web App & API Protection"))
        if width >= 120 { #expect(text.contains("95,000,000 requests")) }
        assertSnapshot(ExplorerView.render(state), named: "drill-f5-items-\(width)x\(height)")
    }

    @Test func detailColumnsNeverCutAmounts() {
        for width in [60, 80, 100, 120, 160] {
            var state = ProviderFixtures.state(
                .cloudru, account: "cloudru-demo", records: ProviderFixtures.cloudRu,
                size: TerminalSize(width: width, height: 24))
            state.press(.down, .enter, .enter, .enter)
            let text = ExplorerView.render(state).text
            for row in state.table.rows {
                let amount = row.total.formatted(places: 2, groupingSeparator: ",")
                #expect(text.contains(amount), "\(amount) missing at width \(width)")
            }
        }
    }

    /// The Seeweb fixture drilled into group eg100001's server shop-db.
    static func seewebServer(size: TerminalSize, ascii: Bool = false) -> ExplorerState {
        var state = ProviderFixtures.state(
            .seeweb, account: "seeweb-demo", records: ProviderFixtures.seeweb, size: size, ascii: ascii)
        state.press(.enter, .enter)
        return state
    }
}
