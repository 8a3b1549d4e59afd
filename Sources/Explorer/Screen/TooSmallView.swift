import TerminalKit

/// Shown instead of the explorer when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(_ state: ExplorerState, in frame: inout Frame) {
        let minimum = ExplorerLayout.minimumSize
        let lines = [
            "Terminal too small",
            "\(state.screen.size.width)x\(state.screen.size.height), need \(minimum.width)x\(minimum.height)",
            "Enlarge it, or q to quit",
        ]
        let top = max(0, (frame.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextFit.end(line, width: frame.width, ellipsis: state.screen.ascii ? "~" : "…")
            let x = max(0, (frame.width - DisplayWidth.of(text)) / 2)
            frame.put(text, x: x, y: top + offset, style: Style(offset == 0 ? .error : .muted, bold: offset == 0))
        }
    }
}
