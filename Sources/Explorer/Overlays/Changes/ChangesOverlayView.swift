import CostCore
import TerminalKit

/// The "what changed" list (`w`): a box over the screen, one detected change per line —
/// glyph and label, row, period (in the view's zone), baseline per bucket, actual and Δ.
/// Amounts are never cut; the row label gives way, then the baseline and actual columns.
enum ChangesOverlayView {
    static let emptyText = "No spikes, drops or new spend in this range."

    static func draw(_ overlay: ChangesOverlay, state: ExplorerState, in frame: inout Frame, glyphs: Glyphs) {
        let ascii = state.screen.ascii
        let perBucket = state.query.granularity == .hour ? "/h" : "/day"
        let lines = overlay.entries.map { entry -> [String] in
            let event = entry.event
            return [
                event.label.glyph(ascii: ascii) + " " + event.label.rawValue, entry.rowLabel,
                DateText.range(event.period, zone: state.query.zone, ascii: ascii),
                Money(event.baseline, entry.currency).formatted(ascii: ascii) + perBucket,
                Money(event.actual, entry.currency).formatted(ascii: ascii),
                ChangeText.money(event.delta, entry.currency, ascii: ascii),
            ]
        }
        let headings = ["Change", "Row", "Period", "Baseline", "Actual", ChangeText.deltaHeading(ascii: ascii)]
        var widths = headings.indices.map { column in
            ([headings[column]] + lines.map { $0[column] }).map { DisplayWidth.of($0) }.max() ?? 0
        }
        let hint = (ascii ? "Up/Down" : "↑↓") + " move  Enter go to row  Esc close"
        let maximumWidth = frame.width - 2
        // Two cells of margin and one between columns.
        func needed(_ shown: [Int]) -> Int { shown.reduce(0) { $0 + widths[$1] + 1 } + 3 + 2 }
        var shown = Array(headings.indices)
        for dropped in [3, 4] where needed(shown) > maximumWidth { shown.removeAll { $0 == dropped } }
        if needed(shown) > maximumWidth { widths[1] = max(4, widths[1] - (needed(shown) - maximumWidth)) }
        let contentWidth = lines.isEmpty ? DisplayWidth.of(emptyText) + 4 : needed(shown)
        let width = min(maximumWidth, max(contentWidth, DisplayWidth.of(hint) + 4, 24))
        let height = min(frame.height - 2, max(lines.count, 1) + 5)
        let rect = Rect(x: (frame.width - width) / 2, y: (frame.height - height) / 2, width: width, height: height)
        frame.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        Box.draw(in: &frame, rect: rect, title: "What changed", focused: true, glyphs: glyphs)
        let inner = rect.inset
        frame.put(hint, x: inner.x + 2, y: inner.bottom - 1, style: Style(.muted), maxWidth: inner.width - 2)
        guard !lines.isEmpty else {
            frame.put(emptyText, x: inner.x + 1, y: inner.y + 1, style: Style(.muted), maxWidth: inner.width - 1)
            return
        }
        let rightAligned: Set<Int> = [3, 4, 5]
        func put(_ cells: [String], y: Int, style: (Int) -> Style) {
            var x = inner.x + 2
            for column in shown {
                let text = cells[column]
                let fitted =
                    rightAligned.contains(column)
                    ? TextFit.right(text, width: widths[column])
                    : TextFit.end(text, width: widths[column], ellipsis: glyphs.ellipsis)
                frame.put(fitted, x: x, y: y, style: style(column), maxWidth: inner.right - x)
                x += widths[column] + 1
            }
        }
        put(headings, y: inner.y, style: { _ in Style(.muted, underline: true) })
        let rows = max(1, inner.height - 3)
        let first = max(0, min(overlay.cursor - rows + 1, lines.count - rows))
        for (offset, cells) in lines.enumerated().dropFirst(first).prefix(rows) {
            let y = inner.y + 1 + offset - first
            let selected = offset == overlay.cursor
            let base = selected ? Style(.selection, bold: true) : Style(.text)
            if selected {
                frame.fill(x: inner.x, y: y, width: inner.width, height: 1, style: base)
                frame.put(glyphs.selectionMarker, x: inner.x, y: y, style: base)
            }
            let delta = overlay.entries[offset].event.delta
            put(cells, y: y) { column in
                if selected { return base }
                switch column {
                case 0: return Style(.spike)
                case 5: return Style(ChangeText.role(delta))
                case 3, 4: return Style(.amount)
                default: return Style(.text)
                }
            }
        }
    }
}
