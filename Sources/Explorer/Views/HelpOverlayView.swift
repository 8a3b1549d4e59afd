/// The key help, generated from ``Keymap`` for the focused pane.
enum HelpOverlayView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, glyphs: Glyphs) {
        let bindings = Keymap.bindings(for: state.focus)
        let legend = [
            "\(glyphs.selectionMarker)  selected row",
            "\(glyphs.gap)  no data in that period",
            "\(glyphs.incomplete)  range includes an incomplete period",
            "\(glyphs.partialFill)  a period still running (partial cost)",
            "\(state.ascii ? "+ ~ x" : "✓ ⟳ ✗")  loaded / loading / failed",
        ]
        let keyWidth = bindings.map { DisplayWidth.of($0.keyLabel) }.max() ?? 4
        let lines = bindings.map {
            $0.keyLabel + String(repeating: " ", count: keyWidth - DisplayWidth.of($0.keyLabel) + 2) + $0.help
        }
        let width = min(frame.width - 4, max(44, (lines + legend).map { DisplayWidth.of($0) }.max() ?? 40) + 6)
        let height = min(frame.height - 2, lines.count + legend.count + 5)
        let rect = Rect(x: (frame.width - width) / 2, y: (frame.height - height) / 2, width: width, height: height)
        frame.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        Box.draw(in: &frame, rect: rect, title: "Keys: \(state.focus.title) pane", focused: true, glyphs: glyphs)
        var y = rect.y + 1
        for binding in bindings where y < rect.bottom - 1 {
            frame.put(binding.keyLabel, x: rect.x + 3, y: y, style: Style(.key))
            frame.put(
                binding.help, x: rect.x + 3 + keyWidth + 2, y: y, style: Style(.text),
                maxWidth: rect.width - keyWidth - 6)
            y += 1
        }
        y += 1
        for line in legend where y < rect.bottom - 2 {
            frame.put(line, x: rect.x + 3, y: y, style: Style(.muted), maxWidth: rect.width - 5)
            y += 1
        }
        frame.put(
            "any key closes this help", x: rect.x + 3, y: rect.bottom - 2, style: Style(.muted),
            maxWidth: rect.width - 5)
    }
}
