import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

@Suite("Accounts pane: All accounts and Space")
struct AccountToggleTests {
    /// The fixture's Selectel account plus a Cloud.ru account billed in roubles and an F5 one in dollars.
    static func threeAccounts(size: TerminalSize = TerminalSize(width: 80, height: 24), ascii: Bool = false)
        -> ExplorerState
    {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [
                AccountEntry(name: "selectel-demo", provider: .selectel),
                AccountEntry(name: "cloudru-demo", provider: .cloudru),
                AccountEntry(name: "f5xc-demo", provider: .f5xc),
            ], ascii: ascii)
        state.screen.headerNote = "demo"
        guard case .fetch(_, let id) = state.beginFetch().last else { fatalError("no fetch") }
        let day = DateRange(start: state.query.range.start, end: state.query.range.start.addingTimeInterval(86_400))
        func record(_ account: String, _ provider: ProviderKind, _ project: String, _ money: Money) -> CostRecord {
            CostRecord(
                provider: provider, account: account, project: EntityRef(id: project, name: project), period: day,
                amount: money)
        }
        _ = reduce(
            &state,
            .recordsLoaded(
                requestID: id, account: "selectel-demo", records: SpendStore(Fixtures.records), at: Fixtures.now))
        _ = reduce(
            &state,
            .recordsLoaded(
                requestID: id, account: "cloudru-demo",
                records: SpendStore([record("cloudru-demo", .cloudru, "ml-training", Money(Amount("1000.10")!, .rub))]),
                at: Fixtures.now))
        _ = reduce(
            &state,
            .fetchProgress(requestID: id, account: "f5xc-demo", requests: 3, rows: 12_345))
        return state
    }

    /// The "All accounts" line of a rendered frame.
    static func allAccountsLine(_ text: String) -> String {
        text.split(separator: "\n").map(String.init).first { $0.contains("] All") } ?? ""
    }

    static func projects(_ state: ExplorerState) -> Set<String> { Set(state.table.rows.map(\.key.label)) }

    @Test func spaceTakesAnAccountOutOfTheViewAndPutsItBack() {
        var state = Self.threeAccounts(size: TerminalSize(width: 120, height: 40))
        #expect(Self.projects(state).contains("ml-training"))
        state.panes.focus = .accounts
        state.press(.down, .down)
        #expect(state.accountUnderCursor?.name == "cloudru-demo")
        state.press(.character(" "))
        #expect(state.query.excludedAccounts == ["cloudru-demo"])
        #expect(!Self.projects(state).contains("ml-training"))
        #expect(state.table.totals[.rub].amount == Amount("18927.12")!)
        let text = ExplorerView.render(state).text
        #expect(text.contains("2 of 3 accounts"), "\(text)")
        #expect(text.contains("[ ] ⟳ cloudru-demo") || text.contains("[ ] ✓ cloudru-demo"), "\(text)")
        #expect(Self.allAccountsLine(text).hasPrefix("│[-] All"), "\(text)")
        state.press(.character(" "))
        #expect(state.query.excludedAccounts.isEmpty)
        #expect(Self.projects(state).contains("ml-training"))
        #expect(state.table.totals[.rub].amount == Amount("19927.22")!)
        #expect(!ExplorerView.render(state).text.contains("of 3 accounts"))
    }

    @Test func allAccountsPutsEveryAccountBack() {
        var state = Self.threeAccounts()
        state.panes.focus = .accounts
        state.press(.down, .character(" "), .down, .character(" "))
        #expect(state.query.excludedAccounts == ["selectel-demo", "cloudru-demo"])
        state.press(.home, .character(" "))
        #expect(state.query.excludedAccounts.isEmpty)
        state.press(.down, .character(" "), .up, .enter)
        #expect(state.query.excludedAccounts.isEmpty, "Enter on All accounts puts all in")
        #expect(state.panes.focus == .chart)
    }

    @Test func theLastAccountInTheViewStays() {
        var state = Self.threeAccounts()
        state.panes.focus = .accounts
        state.press(.down, .character(" "), .down, .character(" "), .down, .character(" "))
        #expect(state.query.excludedAccounts == ["selectel-demo", "cloudru-demo"])
        #expect(state.screen.notice?.contains("only account") == true)
    }

    @Test func allAccountsShowsTotalsPerCurrencyNeverSummed() {
        let state = Self.threeAccounts(size: TerminalSize(width: 120, height: 40))
        #expect(state.allAccountTotals.values == [Money(Amount("19927.22")!, .rub)])
        let text = ExplorerView.render(state).text
        #expect(Self.allAccountsLine(text).hasPrefix("│[x] All"), "\(text)")
        #expect(Self.allAccountsLine(text).contains("19,927.22 ₽"), "\(text)")
        #expect(text.contains("19,927.22 ₽"), "\(text)")
        #expect(text.contains("12k"), "rows decoded so far while loading: \(text)")
    }

    @Test func excludedRecordsAreNotCountedButStillInTheAllAccountsTotal() {
        var state = Self.threeAccounts()
        state.panes.focus = .accounts
        state.press(.down, .character(" "))
        #expect(state.table.totals.values == [Money(Amount("1000.10")!, .rub)])
        #expect(state.allAccountTotals.values == [Money(Amount("19927.22")!, .rub)])
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)])
    func snapshot(width: Int, height: Int) {
        var state = Self.threeAccounts(size: TerminalSize(width: width, height: height))
        state.panes.focus = .accounts
        state.press(.down, .down, .character(" "))
        assertSnapshot(ExplorerView.render(state), named: "accounts-\(width)x\(height)")
    }

    @Test func asciiSnapshot() {
        var state = Self.threeAccounts(ascii: true)
        state.panes.focus = .accounts
        state.press(.down, .down, .character(" "))
        let frame = ExplorerView.render(state)
        #expect(frame.text.contains("[ ] + cloudru-demo"), "\(frame.text)")
        assertSnapshot(frame, named: "accounts-ascii-80x24")
    }
}
