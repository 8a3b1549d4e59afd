import TerminalKit

/// The range prompt on the chart pane's bottom line, and above it either the reason the last
/// entry was refused or the forms it accepts.
enum RangePromptView {
    static func draw(_ state: ExplorerState, in frame: inout Frame, inner: Rect) {
        guard let text = state.rangePrompt, inner.height >= 2, inner.width > 10 else { return }
        let y = inner.bottom - 1
        frame.fill(x: inner.x, y: y - 1, width: inner.width, height: 2)
        let hint = "Enter apply  Esc cancel"
        let hintWidth = inner.width >= 50 ? DisplayWidth.of(hint) + 1 : 0
        let label = "Range: "
        let room = inner.width - 1 - DisplayWidth.of(label) - hintWidth
        var shown = text + (state.screen.ascii ? "_" : "█")
        while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
        let x = inner.x + 1 + frame.put(label, x: inner.x + 1, y: y, style: Style(.key, bold: true))
        frame.put(shown, x: x, y: y, style: Style(.text), maxWidth: room)
        if hintWidth > 0 { frame.put(hint, x: inner.right - hintWidth, y: y, style: Style(.muted)) }
        if let error = state.rangePromptError {
            frame.put(" " + error, x: inner.x, y: y - 1, style: Style(.error), maxWidth: inner.width)
            return
        }
        // The forms accepted, as much as fits without cutting one.
        let examples = [
            " e.g. 2026-11-01..2026-11-15, 2026-11-03 or 2026-10; the end day is included",
            " e.g. 2026-11-01..2026-11-15, 2026-11-03 or 2026-10", " e.g. 2026-11-01..2026-11-15",
        ]
        let fitting = examples.first { DisplayWidth.of($0) <= inner.width } ?? ""
        frame.put(fitting, x: inner.x, y: y - 1, style: Style(.muted))
    }
}
