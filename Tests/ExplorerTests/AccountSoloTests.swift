import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Accounts pane: Enter shows one account alone")
struct AccountSoloTests {
    @Test func enterOnAnAccountKeepsOnlyThatAccountAndAllBringsEveryOneBack() {
        var state = AccountToggleTests.threeAccounts(size: TerminalSize(width: 120, height: 40))
        state.panes.focus = .accounts
        state.press(.down, .down)
        #expect(state.accountUnderCursor?.name == "cloudru-demo")
        state.press(.enter)
        #expect(state.panes.focus == .chart)
        #expect(state.query.excludedAccounts == ["selectel-demo", "f5xc-demo"])
        #expect(AccountToggleTests.projects(state) == ["ml-training"])
        #expect(state.table.totals[.rub].amount == Amount("1000.10")!)
        #expect(state.chart.cursor == 0)
        #expect(ExplorerView.render(state).text.contains("1 of 3 accounts"))

        state.panes.focus = .accounts
        state.press(.home, .enter)
        #expect(state.query.excludedAccounts.isEmpty)
        #expect(AccountToggleTests.projects(state).contains("ml-training"))
        #expect(AccountToggleTests.projects(state).count > 1)
    }
}
