import CostCore
import Foundation

/// Which accounts are in the view: Space in the accounts pane toggles one, and the
/// "All accounts" entry (cursor position 0) puts them all back.
extension ExplorerState {
    /// Whether the accounts-pane cursor is on the "All accounts" entry.
    public var isAllAccountsEntrySelected: Bool { panes.accountCursor == 0 }

    /// The account under the accounts-pane cursor, or nil on "All accounts".
    public var accountUnderCursor: AccountEntry? {
        query.accounts.indices.contains(panes.accountCursor - 1) ? query.accounts[panes.accountCursor - 1] : nil
    }

    /// Whether `account` counts in the view.
    public func isInView(_ account: String) -> Bool { !query.excludedAccounts.contains(account) }

    /// The accounts whose records count, in pane order.
    public var accountsInView: [AccountEntry] { query.accounts.filter { isInView($0.name) } }

    /// `2 of 5 accounts` when some accounts are out of the view, else nil.
    public var accountsInViewSummary: String? {
        let shown = accountsInView.count
        guard shown < query.accounts.count else { return nil }
        return "\(shown) of \(query.accounts.count) accounts"
    }

    /// Per series of ``records``: whether its account is in the view.
    var seriesInView: [Bool] { load.records.seriesPassing(excludedAccounts: query.excludedAccounts) }

    /// Totals per currency of all loaded records in the range, whether in the view or not.
    func totalsOfAllAccounts() -> MoneyTotals { load.records.totals(in: query.range) }

    /// Space in the accounts pane: on an account, takes it out of the view or puts it back;
    /// on "All accounts", puts every account back. The last account in the view stays.
    mutating func toggleAccountUnderCursor() {
        guard let account = accountUnderCursor else {
            includeAllAccounts()
            return
        }
        if isInView(account.name) {
            guard accountsInView.count > 1 else {
                screen.notice = "\(account.name) is the only account in the view; Space on another puts it in"
                return
            }
            query.excludedAccounts.insert(account.name)
        } else {
            query.excludedAccounts.remove(account.name)
        }
        refreshAfterAccountChange()
    }

    /// Enter on an account: that account alone in the view (the others stay loaded, so
    /// "All accounts" brings them back at once).
    mutating func showOnlyAccountUnderCursor() {
        guard let account = accountUnderCursor else { return }
        let others = Set(query.accounts.map(\.name)).subtracting([account.name])
        guard query.excludedAccounts != others else { return }
        query.excludedAccounts = others
        chart.cursor = 0
        chart.cursorChosen = false
        chart.scroll = 0
        refreshAfterAccountChange()
    }

    /// Puts every account back into the view.
    mutating func includeAllAccounts() {
        guard !query.excludedAccounts.isEmpty else { return }
        query.excludedAccounts.removeAll()
        refreshAfterAccountChange()
    }

    private mutating func refreshAfterAccountChange() {
        let selected = chart.cursorChosen ? selectedRow?.id : nil
        deriveView()
        restoreCursor(to: selected)
    }
}
