/// The `/` filter prompt, the filter it applies, and `n` / `N` between matches.
extension ExplorerState {
    /// Opens the prompt, starting from the filter in force.
    mutating func openFilterPrompt() {
        focus = .chart
        filterPrompt = rowFilter?.pattern ?? ""
    }

    /// A key while the prompt is open: text is typed, Backspace edits, Ctrl-U clears,
    /// Enter applies, Esc cancels (the filter in force stays).
    mutating func handleFilterPromptKey(_ key: Key) -> [Effect] {
        guard let text = filterPrompt else { return [] }
        switch key {
        case .enter: applyRowFilter(text)
        case .escape: filterPrompt = nil
        case .backspace, .delete: filterPrompt = String(text.dropLast())
        case .control("u"): filterPrompt = ""
        case .control("c"): return [.quit]
        case .character(let character): filterPrompt = text + String(character)
        default: break
        }
        return []
    }

    /// Filters the chart rows by `pattern`; an empty pattern removes the filter.
    mutating func applyRowFilter(_ pattern: String) {
        filterPrompt = nil
        let filter = RowFilter(pattern)
        let selected = cursorChosen ? selectedRow?.id : nil
        rowFilter = filter.isEmpty ? nil : filter
        if !filter.isEmpty {
            lastSearch = filter
            if !filter.isRegularExpression {
                notice = "'\(filter.body)' is not a valid regular expression; matched as plain text"
                noticeIsError = true
            }
        }
        deriveView()
        restoreCursor(to: selected)
    }

    /// Removes the filter in force (remembered for `n` / `N`). Returns false when there was none.
    mutating func clearRowFilter() -> Bool {
        guard rowFilter != nil else { return false }
        let selected = selectedRow?.id
        rowFilter = nil
        deriveView()
        restoreCursor(to: selected)
        cursorChosen = true
        return true
    }

    /// A new drill level or grouping lists other labels: the filter goes (still remembered for `n` / `N`).
    mutating func dropRowFilterForNewLevel() {
        rowFilter = nil
    }

    /// Moves the cursor to the next (or previous) row whose label matches the last filter,
    /// wrapping around the list.
    mutating func jumpToMatch(forward: Bool) {
        guard let search = lastSearch else {
            notice = "No filter yet: / types one, then n and N jump between its matches"
            return
        }
        let matcher = search.matcher()
        let count = table.rows.count
        guard count > 0 else { return }
        for step in 1...count {
            let index = ((cursor + (forward ? step : -step)) % count + count) % count
            if matcher.matches(table.rows[index].key.label) {
                cursor = index
                cursorChosen = true
                keepCursorVisible()
                return
            }
        }
        notice = "No row matches '\(search.pattern)'"
    }
}
