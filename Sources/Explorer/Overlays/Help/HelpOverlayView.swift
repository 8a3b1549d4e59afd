import TerminalKit

/// The key help, generated from ``Keymap`` for the focused pane. When one
/// column does not fit the terminal's height, bindings flow into two.
enum HelpOverlayView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, glyphs: Glyphs) {
        let bindings = Keymap.bindings(for: state.panes.focus)
        var legend = [
            "\(glyphs.selectionMarker) selected row   \(glyphs.gap) no data   \(glyphs.partialFill) period still running",
            "\(glyphs.incomplete) range includes an incomplete period   "
                + "\(state.screen.ascii ? "+ ~ x" : "✓ ⟳ ✗") loaded / loading / failed",
        ]
        if state.screen.mouseEnabled {
            legend.append("mouse: click picks a line (again: opens it), the path goes up, wheel scrolls")
        }
        let keyLabels = bindings.map { state.screen.ascii ? asciiKeyLabel($0.keyLabel) : $0.keyLabel }
        let keyWidth = keyLabels.map { DisplayWidth.of($0) }.max() ?? 4
        let helpWidth = bindings.map { DisplayWidth.of($0.help) }.max() ?? 20
        let entryWidth = keyWidth + 2 + helpWidth
        // Rows: border, bindings, blank, legend, closing hint, border.
        let fixedRows = 2 + 1 + legend.count + 1
        let columns = bindings.count + fixedRows <= frame.height - 2 ? 1 : 2
        let perColumn = (bindings.count + columns - 1) / columns
        let wanted = max(columns * entryWidth + (columns - 1) * 3, legend.map { DisplayWidth.of($0) }.max() ?? 0) + 6
        let width = min(frame.width - 2, wanted)
        let height = min(frame.height - 2, perColumn + fixedRows)
        let rect = Rect(x: (frame.width - width) / 2, y: (frame.height - height) / 2, width: width, height: height)
        frame.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        Box.draw(in: &frame, rect: rect, title: "Keys: \(state.panes.focus.title) pane", focused: true, glyphs: glyphs)
        let columnWidth = (rect.width - 6 - (columns - 1) * 3) / columns
        for (index, binding) in bindings.enumerated() {
            let column = index / perColumn
            let y = rect.y + 1 + index % perColumn
            guard y < rect.bottom - 1 - legend.count - 2 + 1 else { continue }
            let x = rect.x + 3 + column * (columnWidth + 3)
            frame.put(keyLabels[index], x: x, y: y, style: Style(.key))
            let helpX = x + keyWidth + 2
            frame.put(
                TextFit.end(binding.help, width: columnWidth - keyWidth - 2, ellipsis: glyphs.ellipsis), x: helpX, y: y,
                style: Style(.text))
        }
        var y = rect.bottom - 2 - legend.count
        for line in legend {
            frame.put(
                TextFit.end(line, width: rect.width - 5, ellipsis: glyphs.ellipsis), x: rect.x + 3, y: y,
                style: Style(.muted))
            y += 1
        }
        frame.put(
            "any key closes this help", x: rect.x + 3, y: rect.bottom - 2, style: Style(.muted),
            maxWidth: rect.width - 5)
    }

    /// A key label with the arrow and backspace symbols spelled out, for ASCII-only drawing.
    static func asciiKeyLabel(_ label: String) -> String {
        let names: [Character: String] = ["↑": "Up", "↓": "Dn", "←": "<-", "→": "->", "⌫": "BS"]
        return label.map { names[$0] ?? String($0) }.joined()
    }
}
