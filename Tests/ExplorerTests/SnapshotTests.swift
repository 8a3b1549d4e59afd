import CostCore
import Explorer
import Providers
import TerminalKit
import Testing

@Suite("Frame snapshots")
struct SnapshotTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func projects(width: Int, height: Int) {
        let state = Fixtures.loadedState(size: TerminalSize(width: width, height: height))
        assertSnapshot(ExplorerView.render(state), named: "projects-\(width)x\(height)")
    }

    @Test func objectsNestedUnderTheirServer() {
        var state = Fixtures.loadedState()
        state.press(.enter, .down)
        assertSnapshot(ExplorerView.render(state), named: "objects-120x40")
    }

    @Test func oneObjectsMetrics() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.press(.down, .enter, .enter)
        #expect(state.chart.levels.compactMap(\.crumb) == ["Бухгалтерия", "Сервер-1С"])
        assertSnapshot(ExplorerView.render(state), named: "metrics-80x24")
    }

    @Test func tooSmall() {
        let state = Fixtures.loadedState(size: TerminalSize(width: 30, height: 8))
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("Terminal too small"))
        assertSnapshot(frame, named: "too-small-30x8")
    }

    @Test func help() {
        var state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24))
        state.press(.character("?"))
        assertSnapshot(ExplorerView.render(state), named: "help-80x24")
    }

    @Test func asciiMode() {
        let state = Fixtures.loadedState(size: TerminalSize(width: 80, height: 24), ascii: true)
        let frame = ExplorerView.render(state)
        #expect(frame.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) || $0.contains("Бухгалтерия") })
        assertSnapshot(frame, named: "projects-ascii-80x24")
    }

    @Test func loadingAndError() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 80, height: 24), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "selectel-demo", provider: .selectel)])
        guard case .fetch(_, let id) = state.beginFetch().last else { return }
        assertSnapshot(ExplorerView.render(state), named: "loading-80x24")
        _ = reduce(
            &state,
            .fetchFailed(
                requestID: id, account: "selectel-demo",
                message:
                    "Selectel (selectel-demo) GET /v1/cloud_billing/statistic/consumption: 401 Unauthorized: the credential was missing or rejected. Check the X-Token configured for this account"
            ))
        assertSnapshot(ExplorerView.render(state), named: "error-80x24")
    }

    @Test func amountsAreNeverCut() {
        for width in [60, 80, 120] {
            let state = Fixtures.loadedState(size: TerminalSize(width: width, height: 24))
            let text = ExplorerView.render(state).text
            for row in state.table.rows {
                let amount = row.total.formatted(places: 2, groupingSeparator: ",")
                #expect(text.contains(amount), "\(amount) missing at width \(width)")
            }
        }
    }
}
