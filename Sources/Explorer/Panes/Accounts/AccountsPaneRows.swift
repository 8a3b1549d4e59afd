import CostCore
import TerminalKit

/// The lines of the accounts pane: "All accounts" with its totals, and one line per account
/// with its in-view box (`[x]` / `[ ]`), load status and name.
enum AccountsPaneRows {
    /// `[x] ✓ selectel-demo`; while loading, the rows decoded so far at the right.
    static func drawAccount(
        _ state: ExplorerState, index: Int, in frame: inout Frame, x: Int, y: Int, width: Int, glyphs: Glyphs
    ) {
        let entry = state.query.accounts[index]
        let (mark, role) = AccountsPaneView.statusMark(entry.status, ascii: state.screen.ascii)
        let selected = state.panes.focus == .accounts && index == state.panes.accountCursor - 1
        let inView = state.isInView(entry.name)
        let style = selected ? Style(.selection) : Style(inView ? .text : .muted)
        if selected { frame.fill(x: x, y: y, width: width, height: 1, style: style) }
        frame.put(inView ? "[x]" : "[ ]", x: x, y: y, style: style)
        frame.put(mark, x: x + 4, y: y, style: selected ? style : Style(role))
        var nameWidth = width - 6
        if case .fetching(_, let rows) = entry.status, rows > 0 {
            let progress = compactCount(rows)
            let progressWidth = DisplayWidth.of(progress)
            if nameWidth - progressWidth - 1 >= 6 {
                nameWidth -= progressWidth + 1
                frame.put(progress, x: x + width - progressWidth, y: y, style: selected ? style : Style(.muted))
            }
        }
        nameWidth -= DataAgeText.draw(
            for: entry, now: state.screen.now, in: &frame, rightEdge: x + 6 + nameWidth, y: y, available: nameWidth,
            style: selected ? style : Style(.muted))
        frame.put(TextFit.middle(entry.name, width: nameWidth, ellipsis: glyphs.ellipsis), x: x + 6, y: y, style: style)
    }

    /// `[x] All accounts` (`[-]` when some are out of the view) with the first currency's
    /// total at the right; `All` alone when the words and the amount do not both fit.
    static func drawAllAccounts(_ state: ExplorerState, in frame: inout Frame, x: Int, y: Int, width: Int) {
        let selected = state.panes.focus == .accounts && state.isAllAccountsEntrySelected
        let style = selected ? Style(.selection, bold: true) : Style(.label, bold: true)
        if selected { frame.fill(x: x, y: y, width: width, height: 1, style: style) }
        let box = state.query.excludedAccounts.isEmpty ? "[x]" : "[-]"
        guard allAccountsLineHoldsTotal(state), let amount = firstTotalText(state) else {
            frame.put(box + " All accounts", x: x, y: y, style: style, maxWidth: width)
            return
        }
        let amountWidth = DisplayWidth.of(amount)
        let label = DisplayWidth.of(box + " All accounts") + 1 + amountWidth <= width - 1 ? " All accounts" : " All"
        frame.put(box + label, x: x, y: y, style: style, maxWidth: max(0, width - amountWidth - 2))
        frame.put(amount, x: x + width - 1 - amountWidth, y: y, style: selected ? style : Style(.amount))
    }

    /// Whether the first currency's total fits on the "All accounts" line after `[x] All`.
    static func allAccountsLineHoldsTotal(_ state: ExplorerState) -> Bool {
        guard let amount = firstTotalText(state) else { return false }
        let width = ExplorerLayout.sideWidth(terminalWidth: state.screen.size.width) - 2
        return DisplayWidth.of("[x] All ") + DisplayWidth.of(amount) <= width - 1
    }

    private static func firstTotalText(_ state: ExplorerState) -> String? {
        state.allAccountTotals.currencies.first.map { state.allAccountTotals[$0].formatted(ascii: state.screen.ascii) }
    }

    /// A further currency's total over every account, right-aligned under "All accounts".
    static func drawTotal(
        _ state: ExplorerState, currency: Currency, in frame: inout Frame, x: Int, y: Int, width: Int
    ) {
        let text = state.allAccountTotals[currency].formatted(ascii: state.screen.ascii)
        frame.put(TextFit.right(text, width: width - 1), x: x, y: y, style: Style(.amount), maxWidth: width)
    }

    /// `950`, `12k`, `3.4M`: rows decoded so far, in a few cells.
    static func compactCount(_ count: Int) -> String {
        if count < 1_000 { return "\(count)" }
        if count < 1_000_000 { return "\(count / 1_000)k" }
        return "\(count / 1_000_000).\(count % 1_000_000 / 100_000)M"
    }
}

extension ExplorerState {
    /// The accounts-pane line the cursor is on.
    var accountCursorLine: AccountPaneLine {
        panes.accountCursor == 0 ? .allAccounts : .account(panes.accountCursor - 1)
    }
}
