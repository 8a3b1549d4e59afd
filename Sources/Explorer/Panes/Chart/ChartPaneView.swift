import CostCore
import TerminalKit

/// The main pane: breadcrumbs, one bar per group, amounts, shares and the total.
enum ChartPaneView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        let table = state.table
        let count = table.rows.count
        Box.draw(
            in: &frame, rect: rect, title: ChartFilterView.title(state), focused: state.panes.focus == .chart,
            glyphs: glyphs, rightTitleChoices: ChartFilterView.rightTitles(state))
        let geometry = ChartRowGeometry(chart: rect)
        let inner = geometry.inner
        guard inner.width > 10, inner.height > 3 else { return }
        defer { ChartFilterView.drawPrompt(state, in: &frame, inner: inner) }
        drawBreadcrumbs(
            state, in: &frame, x: inner.x + 1, y: geometry.breadcrumbY, width: inner.width - 2, glyphs: glyphs)
        if case .seewebServer(let splits) = state.drillDetail, !table.rows.isEmpty {
            SeewebServerView.draw(splits, state: state, in: &frame, inner: inner)
            return
        }

        if table.rows.isEmpty {
            drawEmpty(
                state, in: &frame, rect: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2))
            return
        }
        let columns = ChartColumns(state: state, width: inner.width)
        let headerY = geometry.headingY
        frame.put(
            TextFit.end(state.title(of: state.level) + sortMark(state, .name, glyphs), width: columns.labelWidth),
            x: inner.x + columns.labelX,
            y: headerY, style: Style(.muted, underline: true))
        if state.chart.barScale == .total, columns.barWidth >= 16 {
            frame.put(
                "bars: share of total", x: inner.x + columns.barX, y: headerY, style: Style(.muted),
                maxWidth: columns.barWidth)
        }
        if columns.kindWidth > 0 {
            let heading = state.level.dimension == .metric ? "Unit" : "Type"
            frame.put(heading, x: inner.x + columns.kindX, y: headerY, style: Style(.muted, underline: true))
        }
        columns.details.drawHeadings(in: &frame, x: inner.x + columns.detailX, y: headerY)
        frame.put(
            TextFit.right(sortMark(state, .cost, glyphs) + "Cost", width: columns.amountWidth),
            x: inner.x + columns.amountX,
            y: headerY,
            style: Style(.muted, underline: true))
        if columns.showsShare {
            frame.put(
                TextFit.right("Share", width: ChartColumns.shareWidth), x: inner.x + columns.shareX, y: headerY,
                style: Style(.muted, underline: true))
        }
        columns.changes.drawHeadings(
            in: &frame, x: inner.x + columns.changeX, y: headerY, sortMark: sortMark(state, .change, glyphs))

        let firstRowY = geometry.firstRowY
        let capacity = geometry.capacity
        let visible = table.rows[min(state.chart.scroll, count)..<min(count, state.chart.scroll + capacity)]
        let maxima = columns.widths.maxima
        for (offset, row) in zip(visible.indices, visible) {
            let y = firstRowY + (offset - state.chart.scroll)
            let selected = offset == state.chart.cursor
            drawRow(
                row, index: offset, selected: selected, focused: state.panes.focus == .chart, y: y, x: inner.x,
                columns: columns,
                maximum: maxima[row.currency] ?? .zero, total: table.totals[row.currency].amount, state: state,
                frame: &frame,
                glyphs: glyphs)
        }
        if state.chart.scroll > 0 {
            frame.put(state.screen.ascii ? "^" : "▲", x: rect.right - 1, y: firstRowY, style: Style(.muted))
        }
        if state.chart.scroll + capacity < count {
            frame.put(
                state.screen.ascii ? "v" : "▼", x: rect.right - 1, y: firstRowY + capacity - 1, style: Style(.muted))
        }
        let totalY = inner.bottom - 1
        let noun = state.rowCountNoun(of: state.level, count: count)
        var totalText = ChartFilterView.totalWord(state) + table.totals.formatted(ascii: state.screen.ascii)
        if DisplayWidth.of(totalText) > inner.width - 2 {
            // Several currencies in a narrow pane: the amounts stay whole, the words go.
            totalText = table.totals.values.map { $0.formatted(ascii: state.screen.ascii) }.joined(separator: " · ")
        }
        // An OnApp VM's metered part goes before its total when there is room; the total never gives way.
        var usageText = ""
        if case .onAppUsage(let usage) = state.drillDetail {
            let text = "Usage " + usage.formatted(ascii: state.screen.ascii) + (state.screen.ascii ? " | " : " · ")
            if DisplayWidth.of(text + totalText) <= inner.width - 2 - 12 { usageText = text }
        }
        let totalX = max(
            inner.x + 1,
            inner.x + columns.changeX + columns.changes.width - DisplayWidth.of(usageText + totalText))
        // The row count fills what the total leaves, with a space between; it is dropped
        // rather than squeezed into a few letters.
        let countWidth = totalX - inner.x - 2
        if countWidth >= 6 {
            frame.put(
                TextFit.end(ChartFilterView.countText(state, noun: noun), width: countWidth), x: inner.x + 1, y: totalY,
                style: Style(.muted))
        }
        frame.put(usageText, x: totalX, y: totalY, style: Style(.muted))
        frame.put(totalText, x: totalX + DisplayWidth.of(usageText), y: totalY, style: Style(.amount, bold: true))
    }

    private static func drawBreadcrumbs(
        _ state: ExplorerState, in frame: inout Frame, x: Int, y: Int, width: Int, glyphs: Glyphs
    ) {
        let text = state.drillPath.joined(separator: glyphs.crumbSeparator)
        let fitted =
            DisplayWidth.of(text) <= width ? text : TextFit.middle(text, width: width, ellipsis: glyphs.ellipsis)
        frame.put(fitted, x: x, y: y, style: Style(.label, bold: true))
    }

    private static func drawEmpty(_ state: ExplorerState, in frame: inout Frame, rect: Rect) {
        var lines = ChartFilterView.emptyLines(state)
        let failures = state.query.accounts.compactMap { entry -> String? in
            if case .failed(let message) = entry.status { return message }
            return nil
        }
        if !lines.isEmpty {
            // The filter hides every row: say so rather than "no spend".
        } else if state.isLoading {
            let names = state.load.loadingAccounts.sorted().joined(separator: ", ")
            lines.append(("Loading spend from \(names)" + (state.screen.ascii ? "..." : "…"), .muted))
        } else if !failures.isEmpty {
            lines.append(("Could not load spend:", .error))
            lines += failures.map { ($0, .error) }
            lines.append(("Press r to retry.", .muted))
        } else if !state.load.records.isEmpty
            || state.query.accounts.allSatisfy({ if case .loaded = $0.status { true } else { false } })
        {
            lines.append(("No spend in this range.", .muted))
            lines.append(("Pick a longer range in the Range pane (Tab).", .muted))
        }
        var y = rect.y + max(0, (rect.height - lines.count) / 3)
        for (text, role) in lines {
            for piece in wrap(text, width: rect.width - 4) {
                guard y < rect.bottom else { return }
                frame.put(piece, x: rect.x + 2, y: y, style: Style(role))
                y += 1
            }
        }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.flatMap { line in
            DisplayWidth.of(line) <= width ? [line] : [TextFit.end(line, width: width)]
        }
    }

    private static func drawRow(
        _ row: GroupRow, index: Int, selected: Bool, focused: Bool, y: Int, x: Int, columns: ChartColumns,
        maximum: Amount,
        total: Amount, state: ExplorerState, frame: inout Frame, glyphs: Glyphs
    ) {
        let base = selected ? Style(.selection, bold: true, reverse: !focused) : Style(.label)
        if selected { frame.fill(x: x, y: y, width: columns.width, height: 1, style: base) }
        if selected { frame.put(glyphs.selectionMarker, x: x, y: y, style: base) }
        var prefix = ""
        if row.depth > 0 { prefix = row.isLastChild ? glyphs.lastBranch : glyphs.branch }
        let label =
            prefix
            + TextFit.label(
                row.key.label, width: columns.labelWidth - DisplayWidth.of(prefix), ellipsis: glyphs.ellipsis)
        frame.put(label, x: x + columns.labelX, y: y, style: base, maxWidth: columns.labelWidth)
        if !prefix.isEmpty {
            frame.restyle(
                x: x + columns.labelX, y: y, width: DisplayWidth.of(prefix), style: selected ? base : Style(.muted))
        }
        if columns.glyphWidth > 0, let event = state.rowEvents.latest(of: row) {
            frame.put(
                event.label.glyph(ascii: state.screen.ascii), x: x + columns.glyphX, y: y,
                style: selected ? base : Style(.spike))
        }
        if columns.kindWidth > 0, let kind = row.key.kind {
            frame.put(
                TextFit.end(kind, width: columns.kindWidth, ellipsis: glyphs.ellipsis), x: x + columns.kindX, y: y,
                style: selected ? base : Style(.muted))
        }
        if columns.sparkWidth > 0 {
            let spark = Sparkline.text(
                values: row.series, hasData: columns.sparkHasData, width: columns.sparkWidth, ascii: state.screen.ascii)
            frame.put(spark, x: x + columns.sparkX, y: y, style: selected ? base : Style(.muted))
        }
        let fraction = row.total.ratio(to: state.chart.barScale == .total ? total : maximum) ?? 0
        let bar = HorizontalBar.text(fraction: fraction, width: columns.barWidth, glyphs: glyphs)
        frame.put(bar, x: x + columns.barX, y: y, style: Style(selected ? .selectedBar : .bar))
        columns.details.drawRow(row, in: &frame, x: x + columns.detailX, y: y, style: selected ? base : Style(.muted))
        frame.put(
            TextFit.right(row.money.formatted(ascii: state.screen.ascii), width: columns.amountWidth),
            x: x + columns.amountX, y: y,
            style: selected ? base : Style(.amount))
        if columns.showsShare {
            let share = row.total.ratio(to: total).map { Self.percent($0) } ?? "—"
            frame.put(
                TextFit.right(share, width: ChartColumns.shareWidth), x: x + columns.shareX, y: y,
                style: selected ? base : Style(.muted))
        }
        columns.changes.drawRow(row, in: &frame, x: x + columns.changeX, y: y, style: selected ? base : nil)
    }

    /// The sort arrow shown next to the column that `order` sorts by, when it is the active order.
    static func sortMark(_ state: ExplorerState, _ order: SortOrder, _ glyphs: Glyphs) -> String {
        guard state.chart.sortOrder == order else { return "" }
        let arrow = state.chart.sortDescending ? (state.screen.ascii ? "v" : "▼") : (state.screen.ascii ? "^" : "▲")
        return order == .name ? " " + arrow : arrow + " "
    }

    /// `42.1%`, `<0.1%`, `100%`.
    static func percent(_ ratio: Double) -> String {
        let value = ratio * 100
        if value > 0 && value < 0.1 { return "<0.1%" }
        if value >= 99.95 && value <= 100.05 { return "100%" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)%"
    }
}

/// Column positions inside the chart pane. Amounts are never cut: their
/// column is as wide as the widest amount. Labels are cut in the middle but keep
/// ``minimumLabel`` cells (or their full width when shorter) and bars ``minimumBar``:
/// on a narrow pane Δ% goes first, then the share column, then Δ.
struct ChartColumns {
    static let shareWidth = 6
    /// Cells a label keeps before a Δ%, share or Δ column is shown.
    static let minimumLabel = 14
    /// Cells a bar keeps before a Δ%, share or Δ column is shown.
    static let minimumBar = 6
    let width: Int
    let labelX = 2
    let labelWidth: Int
    /// The change glyph column right after the label; zero width when no row has a change.
    let glyphX: Int
    let glyphWidth: Int
    /// The object type or metric unit column; zero width when there is no room or nothing to show.
    let kindX: Int
    let kindWidth: Int
    /// The sparkline column before the bars (wide terminals only); zero width when not shown.
    let sparkX: Int
    let sparkWidth: Int
    /// Per bucket: whether it has data and has started (a sparkline cell without is blank).
    let sparkHasData: [Bool]
    let barX: Int
    let barWidth: Int
    /// The leaf level's quantity and tariff columns, between the bars and the amounts.
    let details: LeafDetailColumns
    let detailX: Int
    let amountX: Int
    let amountWidth: Int
    /// Whether the share column is shown (it goes on narrow panes, after Δ%).
    let showsShare: Bool
    let shareX: Int
    /// The Δ and Δ% columns after the share column.
    let changes: ChangeColumns
    let changeX: Int
    /// The widest texts of the whole table, measured when it was built.
    let widths: ChartColumnWidths

    init(state: ExplorerState, width: Int) {
        self.width = width
        let widths = ChartColumnWidths.of(state)
        self.widths = widths
        amountWidth = max(4, widths.amount)
        let wantedLabel = max(8, widths.label)
        // The gaps after the label and the bar, and the pane's right margin.
        let gaps = labelX + 1 + 1 + amountWidth + 1
        let wantedKind = min(14, widths.kind)
        let details = LeafDetailColumns(
            state: state, widths: widths, room: width - gaps - ChartColumns.shareWidth - 1)
        self.details = details
        glyphWidth = state.rowEvents.anyRowFlagged ? 1 : 0
        let glyphRoom = glyphWidth > 0 ? glyphWidth + 1 : 0
        let labelFloor = min(wantedLabel, Self.minimumLabel)
        var changes = ChangeColumns(state: state, widths: widths)
        var showsShare = true
        func labelAndBarRoom() -> Int {
            width - gaps - glyphRoom - details.width - (showsShare ? ChartColumns.shareWidth + 1 : 0) - changes.width
        }
        // Thousands and millions in Δ before any column goes, when labels would be cut.
        if labelAndBarRoom() < min(wantedLabel, 2 * Self.minimumLabel) + Self.minimumBar {
            changes = changes.compacted
        }
        if labelAndBarRoom() < labelFloor + Self.minimumBar { changes = changes.withoutPercent }
        if labelAndBarRoom() < labelFloor + Self.minimumBar { showsShare = false }
        if labelAndBarRoom() < labelFloor + Self.minimumBar { changes = changes.withoutDelta }
        self.changes = changes
        self.showsShare = showsShare
        let fixed = gaps + (showsShare ? ChartColumns.shareWidth + 1 : 0)
        let showKind =
            wantedKind > 0 && !details.showsUnit
            && width - fixed - changes.width - glyphRoom - wantedKind - 1 >= 50
        kindWidth = showKind ? max(4, wantedKind) : 0
        let flexible = max(
            0, width - fixed - glyphRoom - (showKind ? kindWidth + 1 : 0) - details.width - changes.width)
        // Labels may take up to two thirds of what the bars and labels share: a name cut short
        // is worse than a shorter bar.
        let labelLimit = max(labelFloor, flexible * 2 / 3)
        labelWidth = min(wantedLabel, labelLimit, flexible)
        glyphX = labelX + labelWidth + 1
        kindX = glyphX + glyphRoom
        let table = state.table
        let wantedSpark = min(Sparkline.maximumWidth, table.bucketsWithData.count)
        let showSpark =
            state.screen.size.width >= Sparkline.minimumTerminalWidth && wantedSpark > 1
            && flexible - labelWidth - wantedSpark - 1 >= 10
        sparkWidth = showSpark ? wantedSpark : 0
        sparkHasData = table.bucketsWithData.indices.map {
            table.bucketsWithData[$0] && table.boundaries[$0] < state.screen.now
        }
        sparkX = kindX + (showKind ? kindWidth + 1 : 0)
        barX = sparkX + (showSpark ? sparkWidth + 1 : 0)
        barWidth = max(0, flexible - labelWidth - (showSpark ? sparkWidth + 1 : 0))
        detailX = barX + barWidth + 1
        amountX = detailX + details.width
        shareX = amountX + amountWidth + 1
        changeX = showsShare ? shareX + ChartColumns.shareWidth : amountX + amountWidth
    }
}
