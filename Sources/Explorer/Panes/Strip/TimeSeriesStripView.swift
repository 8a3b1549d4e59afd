import CostCore
import Foundation
import TerminalKit

/// Vertical bars of cost per bucket for the selected row (or the whole view).
enum TimeSeriesStripView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, rect: Rect, glyphs: Glyphs) {
        let table = state.table
        let row = state.stripRow
        let currency = row?.currency ?? table.totals.currencies.first
        let subject = row?.key.label ?? "all"
        let title =
            "\(state.query.granularity == .day ? "Daily" : state.query.granularity.label.capitalized + "ly") cost \(glyphs.crumbSeparator.trimmingCharacters(in: .whitespaces)) \(subject)"
        let focused = state.panes.focus == .series
        guard let currency else {
            Box.draw(in: &frame, rect: rect, title: "Cost over time", focused: focused, glyphs: glyphs)
            return
        }
        let values = row?.series ?? table.seriesTotals[currency] ?? []
        let boundaries = table.boundaries
        let inner = rect.inset
        guard inner.height >= 2, inner.width >= 10, !values.isEmpty else {
            Box.draw(in: &frame, rect: rect, title: title, focused: focused, glyphs: glyphs)
            return
        }
        // Merge buckets into columns when there are more buckets than cells.
        let seriesColumns = SeriesColumns(bucketCount: values.count, width: inner.width)
        let perColumn = seriesColumns.bucketsPerColumn
        let flagged =
            row.map { state.rowEvents.flaggedByRow[$0.id] ?? [:] } ?? state.rowEvents.flaggedByCurrency[currency] ?? [:]
        var columns: [(value: Amount, hasData: Bool, start: Date, incomplete: Bool, mark: ChangeLabel?)] = []
        var index = 0
        while index < values.count {
            let end = min(values.count, index + perColumn)
            var sum = Amount.zero
            var hasData = false
            var mark: ChangeLabel?
            for bucket in index..<end {
                sum += values[bucket]
                if mark == nil { mark = flagged[boundaries[bucket]] }
                let future = boundaries[bucket] >= state.screen.now
                if table.bucketsWithData[bucket] && !future { hasData = true }
            }
            let incomplete = boundaries[index] <= state.screen.now && state.screen.now < boundaries[end]
            columns.append((sum, hasData, boundaries[index], incomplete, mark))
            index = end
        }
        let peak = columns.filter(\.hasData).map(\.value).max() ?? .zero
        let peakColumn = columns.firstIndex { $0.hasData && $0.value == peak && !peak.isZero }
        let zoneText = state.query.zone.shortLabel(at: state.query.range.start)
        let scale = (perColumn > 1 ? "\(perColumn) \(state.query.granularity.label)s per bar, " : "") + zoneText
        var choices = [scale]
        if let peakColumn, !peak.isZero {
            // Most to least informative: the zone goes first, then the date, never cut mid-date.
            let amount = "peak " + Money(peak, currency).formatted(ascii: state.screen.ascii)
            let date = DateText.axis(
                columns[peakColumn].start, granularity: state.query.granularity, zone: state.query.zone)
            let withDate = amount + " on " + date
            choices = [withDate + " \(glyphs.vertical) " + scale, withDate, amount + " " + date, amount]
        }
        let coarse = row?.unbucketed ?? table.unbucketedTotals[currency] ?? .zero
        if !coarse.isZero {
            // Monthly bills have no day to stand on: say so instead of drawing a false spike.
            let period = state.query.granularity == .hour ? "by the day or longer" : "by the month"
            let note = "+ " + Money(coarse, currency).formatted(ascii: state.screen.ascii) + " billed " + period
            choices = choices.map { note + " \(glyphs.vertical) " + $0 } + [note] + choices
        }
        // Focused, the title tells the highlighted column's dates and exact amount instead.
        let cursorColumn = min(max(0, state.chart.seriesCursor), columns.count - 1)
        if focused {
            let buckets = seriesColumns.buckets(ofColumn: cursorColumn)
            let column = columns[cursorColumn]
            choices = SeriesCursorView.titleChoices(
                state, span: DateRange(start: boundaries[buckets.lowerBound], end: boundaries[buckets.upperBound]),
                amount: Money(column.value, currency), hasData: column.hasData, incomplete: column.incomplete,
                glyphs: glyphs)
        }
        Box.draw(in: &frame, rect: rect, title: title, focused: focused, glyphs: glyphs, rightTitleChoices: choices)
        if !coarse.isZero && values.allSatisfy(\.isZero) {
            drawOnlyCoarseNote(
                state, subject: subject, coarse: Money(coarse, currency), in: &frame, inner: inner, glyphs: glyphs)
            return
        }

        // With change marks, the top line is kept for them so a mark never covers a bar.
        let markLine = flagged.isEmpty || inner.height < 4 ? 0 : 1
        let barRows = inner.height - 1 - markLine
        let baseY = inner.y + markLine + barRows - 1
        let columnWidth = max(1, min(3, inner.width / max(1, columns.count)))
        let gapBetween = columnWidth >= 3 ? 1 : 0
        let drawnWidth = columnWidth - gapBetween
        let left = inner.x + max(0, (inner.width - columns.count * columnWidth) / 2)
        for (position, column) in columns.enumerated() {
            let x = left + position * columnWidth
            guard x + drawnWidth <= inner.right else { break }
            if !column.hasData {
                frame.put(
                    String(repeating: glyphs.gap, count: drawnWidth), x: x, y: baseY,
                    style: Style(.muted))
                continue
            }
            let fraction = column.value.ratio(to: peak) ?? 0
            var eighths = Int((max(0, fraction) * Double(barRows * 8)).rounded())
            if eighths == 0 && column.value > .zero { eighths = 1 }
            for level in 0..<barRows {
                let fill = min(8, eighths - level * 8)
                guard fill > 0 else { break }
                // A period still running is drawn in a shade, not as a drop in spend.
                let glyph = column.incomplete ? glyphs.partialFill : glyphs.verticalEighths[fill - 1]
                frame.put(
                    String(repeating: glyph, count: drawnWidth), x: x, y: baseY - level,
                    style: Style(.bar))
            }
            if let mark = column.mark {
                // On the line above the bar's top.
                let markY = max(inner.y, baseY - (eighths + 7) / 8)
                frame.put(mark.glyph(ascii: state.screen.ascii), x: x, y: markY, style: Style(.spike))
            }
        }
        // Axis: first, middle and last bucket labels under their columns.
        let axisY = inner.bottom - 1
        let first = DateText.axis(columns[0].start, granularity: state.query.granularity, zone: state.query.zone)
        let last = DateText.axis(
            columns[columns.count - 1].start, granularity: state.query.granularity, zone: state.query.zone)
        frame.put(first, x: left, y: axisY, style: Style(.muted))
        let lastX = min(inner.right - DisplayWidth.of(last), left + (columns.count - 1) * columnWidth)
        if lastX > left + DisplayWidth.of(first) + 1 { frame.put(last, x: lastX, y: axisY, style: Style(.muted)) }
        let middleIndex = columns.count / 2
        let middle = DateText.axis(
            columns[middleIndex].start, granularity: state.query.granularity, zone: state.query.zone)
        let middleX = left + middleIndex * columnWidth
        if middleX > left + DisplayWidth.of(first) + 1, middleX + DisplayWidth.of(middle) + 1 < lastX {
            frame.put(middle, x: middleX, y: axisY, style: Style(.muted))
        }
        if focused {
            let geometry = SeriesCursorView.Geometry(
                inner: inner, left: left, columnWidth: columnWidth, drawnWidth: drawnWidth,
                barLines: (inner.y + markLine)...baseY, columnCount: columns.count)
            SeriesCursorView.draw(
                state, column: cursorColumn, starts: columns.map(\.start), in: &frame, geometry: geometry,
                glyphs: glyphs)
        }
    }

    /// Instead of an empty chart: the subject is billed only in periods longer than a bar (a
    /// Cloud.ru day drawn in hours, a Seeweb month drawn in days), so there is nothing to draw.
    private static func drawOnlyCoarseNote(
        _ state: ExplorerState, subject: String, coarse: Money, in frame: inout Frame, inner: Rect, glyphs: Glyphs
    ) {
        let bars = state.query.granularity == .day ? "daily" : state.query.granularity.label + "ly"
        let period = state.query.granularity == .hour ? "by the day or longer" : "by the month"
        let lines = [
            "\(subject) is billed \(period): \(coarse.formatted(ascii: state.screen.ascii)) here,",
            "no \(bars) bars to draw (t: bar size)",
        ]
        let top = inner.y + max(0, (inner.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < inner.bottom {
            let text = TextFit.end(line, width: inner.width - 2, ellipsis: glyphs.ellipsis)
            let x = inner.x + max(1, (inner.width - DisplayWidth.of(text)) / 2)
            frame.put(text, x: x, y: top + offset, style: Style(.muted))
        }
    }
}
