import CostCore
import Foundation
import TerminalKit

/// The bucket cursor of the focused time-series strip: the column's bar in the selected-bar style,
/// a `▲` (`^`) with the column's date under it, and its dates and exact amount in the title.
enum SeriesCursorView {
    /// Where the strip put its columns.
    struct Geometry {
        /// The strip's inside.
        var inner: Rect
        /// The first column's x.
        var left: Int
        /// Cells from one column to the next.
        var columnWidth: Int
        /// Cells of bar in each column.
        var drawnWidth: Int
        /// The lines that hold bars.
        var barLines: ClosedRange<Int>
        /// How many columns there are.
        var columnCount: Int
    }

    /// The right-hand title for the highlighted column, most informative first: its dates, its
    /// exact amount (`so far` while the period runs), then the zone.
    static func titleChoices(
        _ state: ExplorerState, span: DateRange, amount: Money, hasData: Bool, incomplete: Bool, glyphs: Glyphs
    ) -> [String] {
        let dates = spanText(
            span, granularity: state.query.granularity, zone: state.query.zone, ascii: state.screen.ascii)
        let value =
            hasData ? amount.formatted(ascii: state.screen.ascii) + (incomplete ? " so far" : "") : "no data"
        let zone = state.query.zone.shortLabel(at: span.start)
        return [dates + ": " + value + " \(glyphs.vertical) " + zone, dates + ": " + value, value]
    }

    /// Highlights column `column` and writes the axis line: the marker and date under the
    /// column, and the first and last dates where they do not collide with it.
    static func draw(
        _ state: ExplorerState, column: Int, starts: [Date], in frame: inout Frame, geometry: Geometry, glyphs: Glyphs
    ) {
        guard (0..<geometry.columnCount).contains(column), starts.count == geometry.columnCount else { return }
        let inner = geometry.inner
        let x = geometry.left + column * geometry.columnWidth
        // Bars and no-data dots of the column take the selected-bar style; change marks keep theirs.
        for y in geometry.barLines {
            for cellX in x..<(x + geometry.drawnWidth) where [.bar, .muted].contains(frame[cellX, y].style.role) {
                frame.restyle(x: cellX, y: y, width: 1, style: Style(.selectedBar, bold: true))
            }
        }
        let axisY = inner.bottom - 1
        frame.fill(x: inner.x, y: axisY, width: inner.width, height: 1)
        let marker = state.screen.ascii ? "^" : "▲"
        let label = DateText.axis(starts[column], granularity: state.query.granularity, zone: state.query.zone)
        let labelWidth = DisplayWidth.of(label) + 2
        // The marker sits under the column; its date follows it, or precedes it near the right edge.
        let fitsAfter = x + labelWidth <= inner.right
        let segment = fitsAfter ? x : max(inner.x, x + 1 - labelWidth)
        let text = fitsAfter ? marker + " " + label : label + " " + marker
        frame.put(text, x: segment, y: axisY, style: Style(.selectedBar, bold: true), maxWidth: inner.width)
        let first = DateText.axis(starts[0], granularity: state.query.granularity, zone: state.query.zone)
        if geometry.left + DisplayWidth.of(first) + 1 < segment {
            frame.put(first, x: geometry.left, y: axisY, style: Style(.muted))
        }
        let last = DateText.axis(starts[starts.count - 1], granularity: state.query.granularity, zone: state.query.zone)
        let lastX = min(
            inner.right - DisplayWidth.of(last), geometry.left + (geometry.columnCount - 1) * geometry.columnWidth)
        if lastX > segment + labelWidth + 1 {
            frame.put(last, x: lastX, y: axisY, style: Style(.muted))
        }
    }

    /// `2026-11-17`, `2026-11-16 – 11-22` (days included), or `2026-11-17 14:00–15:00` for hours
    /// (`23:00–24:00` for the last hour of a day).
    static func spanText(_ span: DateRange, granularity: Granularity, zone: TimeZone, ascii: Bool) -> String {
        let dash = ascii ? "-" : "–"
        let first = DateText.civil(span.start, zone: zone)
        guard granularity != .hour else {
            // The end is the last included hour's end: `24:00` rather than the next day's `00:00`.
            let lastHour = DateText.civil(span.end.addingTimeInterval(-1), zone: zone)
            let endHour = lastHour.hour + 1
            let endClock = (endHour < 10 ? "0" : "") + "\(endHour):00"
            let endText =
                lastHour.dateText == first.dateText ? endClock : String(lastHour.dateText.dropFirst(5)) + " " + endClock
            return first.dateText + " " + hourText(first) + dash + endText
        }
        let last = DateText.civil(span.end.addingTimeInterval(-1), zone: zone)
        guard last.dateText != first.dateText else { return first.dateText }
        let lastText = last.year == first.year ? String(last.dateText.dropFirst(5)) : last.dateText
        return first.dateText + " " + dash + " " + lastText
    }

    private static func hourText(_ value: CivilDateTime) -> String {
        (value.hour < 10 ? "0" : "") + "\(value.hour):" + (value.minute < 10 ? "0" : "") + "\(value.minute)"
    }
}
