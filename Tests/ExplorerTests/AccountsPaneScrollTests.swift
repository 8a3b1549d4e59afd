import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Accounts pane with more accounts than rows")
struct AccountsPaneScrollTests {
    static let accounts: [AccountEntry] = [
        AccountEntry(name: "selectel-demo", provider: .selectel),
        AccountEntry(name: "cloudru-demo", provider: .cloudru),
        AccountEntry(name: "onapp-demo", provider: .onapp), AccountEntry(name: "seeweb-demo", provider: .seeweb),
        AccountEntry(name: "f5xc-demo", provider: .f5xc),
    ]

    @Test func theChosenAccountStaysInViewAndHiddenOnesAreMarked() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 80, height: 24), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: Self.accounts)
        let top = ExplorerView.render(state).text
        #expect(top.contains("selectel-demo"))
        #expect(!top.contains("f5xc-demo"), "\(top)")
        #expect(top.split(separator: "\n")[10].contains("▼"), "\(top)")
        state.panes.focus = .accounts
        state.press(.down, .down, .down, .down, .down)
        let bottom = ExplorerView.render(state).text
        #expect(bottom.contains("f5xc-demo"), "\(bottom)")
        #expect(bottom.split(separator: "\n")[1].contains("▲"), "\(bottom)")
    }
}
