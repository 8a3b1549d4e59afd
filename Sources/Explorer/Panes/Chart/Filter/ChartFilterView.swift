import TerminalKit

/// What the chart pane shows about the row filter: its title, the "N of M" count, the
/// footer wording, and the prompt typed after `/`.
enum ChartFilterView {
    /// The pane title: the dimension, and the filter in force.
    static func title(_ state: ExplorerState) -> String {
        let plural = state.pluralTitle(of: state.level)
        guard let filter = state.chart.rowFilter else { return plural }
        return plural + " matching /" + filter.pattern + "/"
    }

    /// The right-hand title choices, most informative first.
    static func rightTitles(_ state: ExplorerState) -> [String] {
        let count = state.table.rows.count
        let position = count == 0 ? "" : "\(state.chart.cursor + 1)/\(count)"
        guard state.chart.rowFilter != nil else { return [position] }
        let ofAll = "\(count) of \(state.unfilteredRowCount) rows"
        return count == 0 ? [ofAll] : [position + " · " + ofAll, ofAll, position]
    }

    /// The row count at the bottom: `3 projects`, or `2 of 3 projects` under a filter.
    static func countText(_ state: ExplorerState, noun: String) -> String {
        let count = state.table.rows.count
        guard state.chart.rowFilter != nil else { return "\(count) \(noun)" }
        let all = state.unfilteredRowCount
        return "\(count) of \(all) " + state.rowCountNoun(of: state.level, count: all)
    }

    /// The word before the totals: they are for the filtered rows only when a filter is in force.
    static func totalWord(_ state: ExplorerState) -> String {
        state.chart.rowFilter == nil ? "Total " : "Filtered total "
    }

    /// What the empty chart says when the filter hides every row.
    static func emptyLines(_ state: ExplorerState) -> [(String, StyleRole)] {
        guard let filter = state.chart.rowFilter, state.unfilteredRowCount > 0 else { return [] }
        return [
            ("No \(state.rowCountNoun(of: state.level, count: 2)) match /\(filter.pattern)/.", .muted),
            ("Esc clears the filter; / edits it.", .muted),
        ]
    }

    /// The prompt on the chart's bottom line while a filter is typed, and an error line
    /// above it when the text is not a valid regular expression.
    static func drawPrompt(_ state: ExplorerState, in frame: inout Frame, inner: Rect) {
        guard let text = state.filterPrompt, inner.height >= 2, inner.width > 10 else { return }
        let y = inner.bottom - 1
        frame.fill(x: inner.x, y: y, width: inner.width, height: 1)
        let hint = "Enter apply  Esc cancel"
        let hintWidth = inner.width >= 50 ? DisplayWidth.of(hint) + 1 : 0
        let cursor = state.screen.ascii ? "_" : "█"
        let room = inner.width - 3 - hintWidth
        var shown = text + cursor
        while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
        frame.put("/", x: inner.x + 1, y: y, style: Style(.key, bold: true))
        frame.put(shown, x: inner.x + 2, y: y, style: Style(.text), maxWidth: room)
        if hintWidth > 0 {
            frame.put(hint, x: inner.right - hintWidth, y: y, style: Style(.muted))
        }
        let filter = RowFilter(text)
        guard !filter.isEmpty, !filter.isRegularExpression else { return }
        frame.fill(x: inner.x, y: y - 1, width: inner.width, height: 1)
        frame.put(
            " not a regular expression: matched as plain text", x: inner.x, y: y - 1,
            style: Style(.error), maxWidth: inner.width)
    }
}
