import CostCore
import TerminalKit

/// The accounts pane: "All accounts" with a total per currency, then each account under its
/// provider, with its load status.
enum AccountsPaneView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        let focused = state.panes.focus == .accounts
        Box.draw(in: &frame, rect: rect, title: Pane.accounts.title, focused: focused, glyphs: glyphs)
        let inner = rect.inset
        guard inner.height > 0 else { return }
        let lines = state.accountPaneLines
        // More accounts than rows: scroll so the cursor's account stays in view, and mark
        // what is hidden above and below on the border.
        let cursorLine = lines.firstIndex(of: state.accountCursorLine) ?? 0
        let first = ListWindow.firstVisible(cursor: cursorLine, count: lines.count, height: inner.height)
        if first > 0 {
            frame.put(state.screen.ascii ? "^" : "▲", x: rect.right - 2, y: rect.y, style: Style(.muted))
        }
        if first + inner.height < lines.count {
            frame.put(state.screen.ascii ? "v" : "▼", x: rect.right - 2, y: rect.bottom - 1, style: Style(.muted))
        }
        for (offset, line) in lines[first...].prefix(inner.height).enumerated() {
            let y = inner.y + offset
            switch line {
            case .provider(let kind):
                frame.put(
                    TextFit.end(kind.displayName, width: inner.width), x: inner.x, y: y,
                    style: Style(.label, bold: true))
            case .account(let index):
                AccountsPaneRows.drawAccount(
                    state, index: index, in: &frame, x: inner.x, y: y, width: inner.width, glyphs: glyphs)
            case .allAccounts:
                AccountsPaneRows.drawAllAccounts(state, in: &frame, x: inner.x, y: y, width: inner.width)
            case .currencyTotal(let currency):
                AccountsPaneRows.drawTotal(state, currency: currency, in: &frame, x: inner.x, y: y, width: inner.width)
            }
        }
    }

    /// The status glyph and its role: the glyph alone tells the status.
    static func statusMark(_ status: LoadStatus, ascii: Bool) -> (String, StyleRole) {
        switch status {
        case .idle: (ascii ? "." : "·", .muted)
        case .loading, .fetching: (ascii ? "~" : "⟳", .muted)
        case .loaded: (ascii ? "+" : "✓", .positive)
        case .failed: (ascii ? "x" : "✗", .error)
        }
    }

}
