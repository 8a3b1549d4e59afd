import TerminalKit

/// A titled list in a box (the range and grouping panes): the chosen entry marked, the cursor
/// highlighted while the pane has focus, and arrows on the border when entries are hidden.
enum ListPane {
    static func draw(
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
