import TerminalKit

/// The `/` filter prompt, the filter it applies, and `n` / `N` between matches.
extension ExplorerState {
    /// Opens the prompt, starting from the filter in force.
    mutating func openFilterPrompt() {
        panes.focus = .chart
        filterPrompt = chart.rowFilter?.pattern ?? ""
    }

    /// A key while the prompt is open: text is typed, Backspace edits, Ctrl-U clears,
    /// Enter applies, Esc cancels (the filter in force stays).
    mutating func handleFilterPromptKey(_ key: Key) -> [Effect] {
        guard case .filterPrompt(var editor) = modal else { return [] }
        switch editor.apply(key) {
        case .submitted(let text): applyRowFilter(text)
        case .cancelled: modal = nil
        case .quit: return [.quit]
        case .edited: modal = .filterPrompt(editor)
        case .ignored: break
        }
        return []
    }

    /// Filters the chart rows by `pattern`; an empty pattern removes the filter.
    mutating func applyRowFilter(_ pattern: String) {
        filterPrompt = nil
        let filter = RowFilter(pattern)
        let selected = chart.cursorChosen ? selectedRow?.id : nil
        chart.rowFilter = filter.isEmpty ? nil : filter
        if !filter.isEmpty {
            chart.lastSearch = filter
            if !filter.isRegularExpression {
                screen.notice = "'\(filter.body)' is not a valid regular expression; matched as plain text"
                screen.noticeIsError = true
            }
        }
        deriveView()
        restoreCursor(to: selected)
    }

    /// Removes the filter in force (remembered for `n` / `N`). Returns false when there was none.
    mutating func clearRowFilter() -> Bool {
        guard chart.rowFilter != nil else { return false }
        let selected = selectedRow?.id
        chart.rowFilter = nil
        deriveView()
        restoreCursor(to: selected)
        chart.cursorChosen = true
        return true
    }

    /// A new drill level or grouping lists other labels: the filter goes (still remembered for `n` / `N`).
    mutating func dropRowFilterForNewLevel() {
        chart.rowFilter = nil
    }

    /// Moves the cursor to the next (or previous) row whose label matches the last filter,
    /// wrapping around the list.
    mutating func jumpToMatch(forward: Bool) {
        guard let search = chart.lastSearch else {
            screen.notice = "No filter yet: / types one, then n and N jump between its matches"
            return
        }
        let matcher = search.matcher()
        let count = table.rows.count
        guard count > 0 else { return }
        for step in 1...count {
            let index = ((chart.cursor + (forward ? step : -step)) % count + count) % count
            if matcher.matches(table.rows[index].key.label) {
                chart.cursor = index
                chart.cursorChosen = true
                keepCursorVisible()
                return
            }
        }
        screen.notice = "No row matches '\(search.pattern)'"
    }
}
