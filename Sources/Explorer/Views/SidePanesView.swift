import CostCore

/// The accounts, range and grouping panes on the left.
enum SidePanesView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, layout: ExplorerLayout, glyphs: Glyphs) {
        drawAccounts(state, in: &frame, rect: layout.accounts, glyphs: glyphs)
        drawList(
            in: &frame, rect: layout.range, title: state.query.preset == nil ? "Range: custom" : Pane.range.title,
            focused: state.panes.focus == .range, glyphs: glyphs,
            items: DatePreset.allCases.enumerated().map { "\($0.offset + 1) \($0.element.title)" }
                + [CustomRangeEntry.text(state)],
            chosen: state.query.preset.flatMap { DatePreset.allCases.firstIndex(of: $0) }
                ?? ExplorerState.customRangeEntry,
            cursor: state.panes.rangeCursor)
        drawList(
            // The bar size (`t`) belongs with the grouping: "Group by (days)".
            in: &frame, rect: layout.grouping, title: Pane.grouping.title + " (\(state.query.granularity.label)s)",
            focused: state.panes.focus == .grouping,
            glyphs: glyphs, items: state.query.dimensions.map { state.groupingTitle(of: $0) },
            chosen: state.query.dimensions.firstIndex(of: state.chart.levels[0].dimension),
            cursor: state.panes.groupingCursor)
    }

    private static func drawAccounts(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
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

    private static func drawList(
        in frame: inout Frame, rect: Rect, title: String, focused: Bool, glyphs: Glyphs, items: [String], chosen: Int?,
        cursor: Int
    ) {
        Box.draw(in: &frame, rect: rect, title: title, focused: focused, glyphs: glyphs)
        let inner = rect.inset
        guard inner.height > 0 else { return }
        let first = ListWindow.firstVisible(cursor: cursor, count: items.count, height: inner.height)
        // Entries hidden above or below are marked on the border, as in the accounts pane.
        let ascii = glyphs.selectionMarker == ">"
        if first > 0 { frame.put(ascii ? "^" : "▲", x: rect.right - 2, y: rect.y, style: Style(.muted)) }
        if first + inner.height < items.count {
            frame.put(ascii ? "v" : "▼", x: rect.right - 2, y: rect.bottom - 1, style: Style(.muted))
        }
        for row in 0..<min(inner.height, items.count - first) {
            let index = first + row
            let y = inner.y + row
            let isCursor = focused && index == cursor
            let style = isCursor ? Style(.selection) : Style(index == chosen ? .label : .text, bold: index == chosen)
            if isCursor { frame.fill(x: inner.x, y: y, width: inner.width, height: 1, style: style) }
            let mark = index == chosen ? (glyphs.selectionMarker == ">" ? "*" : "●") : " "
            frame.put(mark, x: inner.x + 1, y: y, style: style)
            frame.put(
                TextFit.end(items[index], width: inner.width - 3, ellipsis: glyphs.ellipsis), x: inner.x + 3, y: y,
                style: style)
        }
    }
}

/// One line of the accounts pane.
enum AccountPaneLine: Hashable {
    case provider(ProviderKind)
    case account(Int)
    /// The "All accounts" entry.
    case allAccounts
    /// A further currency's total under "All accounts".
    case currencyTotal(Currency)
}

extension ExplorerState {
    /// "All accounts" with a total per currency, then accounts grouped under their provider.
    var accountPaneLines: [AccountPaneLine] {
        // The first currency's total shares the "All accounts" line when it fits; any others follow.
        let ownLines = AccountsPaneRows.allAccountsLineHoldsTotal(self) ? 1 : 0
        var lines: [AccountPaneLine] =
            [.allAccounts] + allAccountTotals.currencies.dropFirst(ownLines).map { .currencyTotal($0) }
        for provider in ProviderKind.allCases {
            let indices = query.accounts.indices.filter { query.accounts[$0].provider == provider }
            guard !indices.isEmpty else { continue }
            lines.append(.provider(provider))
            lines += indices.map { .account($0) }
        }
        return lines
    }
}
