import CostCore
import Explorer
import Foundation
import TerminalKit
import Testing

@Suite("Accounts pane: an account's info line")
struct AccountInfoTests {
    /// The last line of a rendered frame: the footer.
    static func footer(_ state: ExplorerState) -> String {
        ExplorerView.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init)
            ?? ""
    }

    @Test func aFetchNoteIsShownOnTheStatusLineAndKeptWithItsAccount() {
        var state = AccountToggleTests.threeAccounts(size: TerminalSize(width: 200, height: 50))
        _ = reduce(
            &state, .fetchNote(account: "cloudru-demo", message: "the v2 path answered 404; read through v1 instead"))
        #expect(Self.footer(state).contains("cloudru-demo: the v2 path answered 404; read through v1 instead"))
        #expect(state.query.accounts[1].notes == ["the v2 path answered 404; read through v1 instead"])

        _ = reduce(
            &state, .fetchNote(account: "cloudru-demo", message: "the v2 path answered 404; read through v1 instead"))
        #expect(state.query.accounts[1].notes.count == 1, "the same note is kept once")
    }

    @Test func onASelectelAccountTheInfoSaysWhatItsTotalLeavesOut() {
        var state = AccountToggleTests.threeAccounts(size: TerminalSize(width: 200, height: 50))
        state.panes.focus = .accounts
        state.press(.down)
        #expect(state.accountUnderCursor?.name == "selectel-demo")
        let footer = Self.footer(state)
        #expect(
            footer.contains("selectel-demo: Selectel's billing statistics leave out dedicated servers"), "\(footer)")

        state.press(.down)
        #expect(state.accountUnderCursor?.name == "cloudru-demo")
        #expect(Self.footer(state).contains("Enter apply"), "an account with nothing to say keeps the key hints")
    }

    @Test func theInfoCountsAnAccountsNotesAndShowsTheLatest() {
        var state = AccountToggleTests.threeAccounts(size: TerminalSize(width: 200, height: 50))
        _ = reduce(&state, .fetchNote(account: "f5xc-demo", message: "first"))
        _ = reduce(
            &state, .fetchNote(account: "f5xc-demo", message: "usage only, no money: current_usage answered 404"))
        state.panes.focus = .accounts
        state.press(.down, .down, .down)
        #expect(state.accountUnderCursor?.name == "f5xc-demo")
        let footer = Self.footer(state)
        #expect(
            footer.contains("f5xc-demo: 2 notes, latest: usage only, no money: current_usage answered 404"), "\(footer)"
        )
    }

    @Test func at80ColumnsTheInfoIsCutToTheLine() {
        var state = AccountToggleTests.threeAccounts()
        state.panes.focus = .accounts
        state.press(.down)
        let footer = Self.footer(state)
        #expect(footer.hasPrefix(" selectel-demo: Selectel's"))
        #expect(DisplayWidth.of(footer) <= 80)
        #expect(footer.hasSuffix("…"), "\(footer)")
    }
}
