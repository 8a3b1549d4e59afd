import CostCore
import TerminalKit

/// The mouse, when it is on: a click focuses the pane under the pointer and puts its cursor on
/// the clicked line, a click on the line already selected acts like Enter, a click on the chart's
/// path goes up one level, and the wheel scrolls the list under the pointer. Every one of these
/// has a key; the mouse only saves keystrokes.
extension ExplorerState {
    /// Rows one notch of the wheel scrolls.
    public static let wheelStep = 3

    /// Applies a mouse event; the same effects a key would have.
    mutating func handle(_ event: MouseEvent) -> [Effect] {
        guard !isTooSmall else { return [] }
        if let modal {
            // Overlays are driven by keys; a click closes help, as any key does.
            if modal == .help, event.kind == .click { self.modal = nil }
            return []
        }
        let layout = layout
        switch event.kind {
        case .click:
            guard let pane = Self.pane(at: event, in: layout) else { return [] }
            screen.notice = nil
            screen.noticeIsError = false
            return click(in: pane, at: event, layout: layout)
        case .wheelUp: scroll(Self.pane(at: event, in: layout) ?? panes.focus, by: -Self.wheelStep)
        case .wheelDown: scroll(Self.pane(at: event, in: layout) ?? panes.focus, by: Self.wheelStep)
        }
        return []
    }

    /// The focusable pane whose box holds the event's cell, if any.
    static func pane(at event: MouseEvent, in layout: ExplorerLayout) -> Pane? {
        let panes: [(Pane, Rect)] = [
            (.accounts, layout.accounts), (.range, layout.range), (.grouping, layout.grouping), (.chart, layout.chart),
            (.series, layout.strip),
        ]
        return panes.first { $0.1.contains(x: event.x, y: event.y) }?.0
    }

    private mutating func click(in pane: Pane, at event: MouseEvent, layout: ExplorerLayout) -> [Effect] {
        let wasFocused = panes.focus == pane
        panes.focus = pane
        switch pane {
        case .accounts:
            guard let line = accountLine(atY: event.y, inner: layout.accounts.inset) else { return [] }
            let target: Int
            switch line {
            case .allAccounts, .currencyTotal: target = 0
            case .account(let index): target = index + 1
            case .provider: return []
            }
            return choose(target, cursor: \.panes.accountCursor, wasFocused: wasFocused)
        case .range:
            guard
                let index = ListWindow.index(
                    atY: event.y, inner: layout.range.inset, cursor: panes.rangeCursor, count: DatePreset.allCases.count
                )
            else { return [] }
            return choose(index, cursor: \.panes.rangeCursor, wasFocused: wasFocused)
        case .grouping:
            guard
                let index = ListWindow.index(
                    atY: event.y, inner: layout.grouping.inset, cursor: panes.groupingCursor,
                    count: query.dimensions.count)
            else { return [] }
            return choose(index, cursor: \.panes.groupingCursor, wasFocused: wasFocused)
        case .chart:
            return clickChart(at: event, geometry: layout.chartRows, wasFocused: wasFocused)
        case .series:
            // The strip takes focus; its bucket cursor moves with keys.
            return []
        }
    }

    /// Puts a side pane's cursor on `index`; a click on the line already highlighted applies it, like Enter.
    private mutating func choose(
        _ index: Int, cursor: WritableKeyPath<ExplorerState, Int>, wasFocused: Bool
    ) -> [Effect] {
        guard wasFocused, self[keyPath: cursor] == index else {
            self[keyPath: cursor] = index
            return []
        }
        return perform(.activate, key: .enter)
    }

    private mutating func clickChart(at event: MouseEvent, geometry: ChartRowGeometry, wasFocused: Bool) -> [Effect] {
        let inner = geometry.inner
        guard event.x >= inner.x, event.x < inner.right else { return [] }
        if event.y == geometry.breadcrumbY {
            guard chart.levels.count > 1 else { return [] }
            _ = clearRowFilter()
            return perform(.back, key: .escape)
        }
        guard chartRowsAreShown, let offset = geometry.visibleRow(atY: event.y) else { return [] }
        let index = chart.scroll + offset
        guard table.rows.indices.contains(index) else { return [] }
        if wasFocused, index == chart.cursor { return perform(.activate, key: .enter) }
        chart.cursor = index
        chart.cursorChosen = true
        keepCursorVisible()
        return []
    }

    /// Whether the chart pane lists rows (a Seeweb server's month split is drawn instead of them).
    private var chartRowsAreShown: Bool {
        if case .seewebServer = drillDetail { return false }
        return !table.rows.isEmpty
    }

    /// The accounts-pane line drawn on screen line `y`.
    private func accountLine(atY y: Int, inner: Rect) -> AccountPaneLine? {
        let lines = accountPaneLines
        let cursorLine = lines.firstIndex(of: accountCursorLine) ?? 0
        guard let index = ListWindow.index(atY: y, inner: inner, cursor: cursorLine, count: lines.count) else {
            return nil
        }
        return lines[index]
    }

    /// The wheel: the chart's rows scroll by `delta` with the cursor kept on screen; a side
    /// pane's cursor moves by `delta` (its list follows the cursor).
    private mutating func scroll(_ pane: Pane, by delta: Int) {
        func moved(_ value: Int, count: Int) -> Int { min(max(0, value + delta), max(0, count - 1)) }
        switch pane {
        case .accounts: panes.accountCursor = moved(panes.accountCursor, count: query.accounts.count + 1)
        case .range: panes.rangeCursor = moved(panes.rangeCursor, count: DatePreset.allCases.count)
        case .grouping: panes.groupingCursor = moved(panes.groupingCursor, count: query.dimensions.count)
        case .chart:
            guard chartRowsAreShown else { return }
            let page = max(1, chartPageSize)
            chart.scroll = min(max(0, chart.scroll + delta), max(0, table.rows.count - page))
            let onScreen = min(max(chart.cursor, chart.scroll), min(table.rows.count, chart.scroll + page) - 1)
            if onScreen != chart.cursor {
                chart.cursor = onScreen
                chart.cursorChosen = true
            }
        case .series: break
        }
    }
}
