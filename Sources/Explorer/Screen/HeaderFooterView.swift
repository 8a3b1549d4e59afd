import CostCore
import TerminalKit

/// The top status bar and the bottom key-hint line.
enum HeaderFooterView {
    static func drawHeader(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        frame.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.title))
        let providers = Array(Set(state.query.accounts.map(\.provider.displayName))).sorted().joined(separator: ", ")
        let incomplete = state.query.range.isIncomplete(now: state.screen.now) ? " \(glyphs.incomplete)" : ""
        let zone = state.query.zone.shortLabel(at: state.query.range.start)
        let dates =
            DateText.range(state.query.range, zone: state.query.zone, ascii: state.screen.ascii) + " \(zone)"
            + incomplete
        let right: String
        if state.isLoading {
            let rows = state.query.accounts.reduce(0) { sum, entry in
                if case .fetching(_, let rows) = entry.status { return sum + rows }
                return sum
            }
            let count = state.load.loadingAccounts.count
            let progress = rows > 0 ? ", \(Amount(rows).formatted(places: 0, groupingSeparator: ",")) rows" : ""
            right = "loading \(count) account\(count == 1 ? "" : "s")\(progress)\(state.screen.ascii ? "..." : "…") "
        } else if state.query.accounts.contains(where: { if case .failed = $0.status { true } else { false } }) {
            right = "error: see Accounts "
        } else {
            right = "? help "
        }
        let name = " costscope" + (state.screen.headerNote.map { " (\($0))" } ?? "")
        let separator = "  \(glyphs.vertical)  "
        // Most informative first; segments drop from the end of this list until the line fits.
        // `2 of 5 accounts` when some are out of the view stays as long as the dates fit.
        let accountsNote = state.accountsInViewSummary.map { [$0] } ?? []
        let candidates = [
            [name, providers, state.rangeTitle + ": " + dates] + accountsNote,
            [name, state.rangeTitle + ": " + dates] + accountsNote,
            [" costscope", dates] + accountsNote,
            [dates] + accountsNote,
            [dates],
        ]
        let room = rect.width - DisplayWidth.of(right) - 1
        let left =
            candidates.map { $0.joined(separator: separator) }.first { DisplayWidth.of($0) <= room }
            ?? TextFit.end(dates, width: room, ellipsis: glyphs.ellipsis)
        frame.put(left, x: rect.x, y: rect.y, style: Style(.title, bold: true), maxWidth: room)
        frame.put(right, x: rect.right - DisplayWidth.of(right), y: rect.y, style: Style(.title))
    }

    static func drawFooter(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        if let notice = state.screen.notice {
            frame.put(
                " " + notice, x: rect.x, y: rect.y, style: Style(state.screen.noticeIsError ? .error : .muted),
                maxWidth: rect.width)
            return
        }
        if let info = state.accountInfo {
            frame.put(
                " " + TextFit.end(info, width: rect.width - 1, ellipsis: glyphs.ellipsis), x: rect.x, y: rect.y,
                style: Style(.muted), maxWidth: rect.width)
            return
        }
        let hints: [(String, String)]
        switch state.panes.focus {
        case .chart:
            hints = [
                ("↑↓", "move"), ("Enter", "drill"), ("Esc", "back"), ("Tab", "panes"), ("r", "refresh"), ("?", "help"),
                ("q", "quit"),
            ]
        case .series:
            hints = [
                ("←→", "bar"), ("Enter", "narrow"), ("t", "bar size"), ("Esc", "chart"), ("Tab", "next pane"),
                ("?", "help"), ("q", "quit"),
            ]
        case .accounts, .range, .grouping:
            hints = [
                ("↑↓", "choose"), ("Enter", "apply"), ("Esc", "chart"), ("Tab", "next pane"), ("?", "help"),
                ("q", "quit"),
            ]
        }
        var x = rect.x + 1
        for (key, label) in hints {
            let keyText =
                state.screen.ascii
                ? key.replacingOccurrences(of: "↑↓", with: "j/k").replacingOccurrences(of: "←→", with: "h/l") : key
            let needed = DisplayWidth.of(keyText) + DisplayWidth.of(label) + 3
            if x + needed > rect.right { break }
            x += frame.put(keyText, x: x, y: rect.y, style: Style(.key))
            x += frame.put(" " + label + "  ", x: x, y: rect.y, style: Style(.muted))
        }
    }
}
