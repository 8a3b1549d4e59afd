import TerminalKit

/// A bordered pane with a title in the top border.
public enum Box {
    /// Draws the border of `rect` and its title; focused panes are highlighted
    /// by colour and by a heavier title marker.
    public static func draw(
        in frame: inout Frame, rect: Rect, title: String, focused: Bool, glyphs: Glyphs, rightTitle: String? = nil,
        rightTitleChoices: [String] = []
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = Style(focused ? .focusedBorder : .border)
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        frame.put(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, style: style)
        frame.put(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.bottom - 1, style: style)
        for row in (rect.y + 1)..<(rect.bottom - 1) {
            frame.put(glyphs.vertical, x: rect.x, y: row, style: style)
            frame.put(glyphs.vertical, x: rect.right - 1, y: row, style: style)
        }
        let marker = focused ? "[" : " "
        let closing = focused ? "]" : " "
        let label = TextFit.end(title, width: max(0, rect.width - 6), ellipsis: glyphs.ellipsis)
        frame.put(
            marker + label + closing, x: rect.x + 2, y: rect.y,
            style: Style(focused ? .focusedBorder : .title, bold: focused))
        // The right-hand title: the first choice that fits whole, else the last one cut.
        let choices = (rightTitle.map { [$0] } ?? []) + rightTitleChoices
        if let last = choices.last, !last.isEmpty {
            let used = DisplayWidth.of(label) + 4
            let room = rect.width - 4 - used - 1
            guard room > 3 else { return }
            let fitting = choices.first { DisplayWidth.of($0) <= room - 2 } ?? last
            let text = " " + TextFit.end(fitting, width: room - 2, ellipsis: glyphs.ellipsis) + " "
            frame.put(text, x: rect.right - 2 - DisplayWidth.of(text), y: rect.y, style: Style(.muted))
        }
    }
}
