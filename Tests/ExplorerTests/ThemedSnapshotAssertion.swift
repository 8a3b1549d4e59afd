import Explorer
import Foundation
import TerminalKit
import Testing

/// Compares a frame as a terminal would draw it with `theme` — its text and, per row, runs of
/// resolved colours and attributes — with a stored snapshot under `Snapshots/`. This is how
/// a theme variant (monochrome: attributes only) is pinned down, since a frame holds roles.
func assertThemedSnapshot(
    _ frame: Frame, theme: Theme, named name: String, sourceLocation: SourceLocation = #_sourceLocation,
    filePath: String = #filePath
) {
    let rendered =
        "size \(frame.size) theme \(theme.name)\n" + frame.lines.map { $0 + "|" }.joined(separator: "\n")
        + "\n--- attributes ---\n" + themedRuns(frame, theme) + "\n"
    compareWithStoredSnapshot(rendered, named: name, sourceLocation: sourceLocation, filePath: filePath)
}

/// Runs of cells that look the same under `theme`: `start-end:fg/bg+attributes`.
private func themedRuns(_ frame: Frame, _ theme: Theme) -> String {
    func look(_ style: Style) -> String {
        let colors = theme.colors(for: style.role)
        var text = "\(colors.foreground)/\(colors.background)"
        if style.bold || colors.bold { text += "+bold" }
        if style.reverse || colors.reverse { text += "+reverse" }
        if style.underline { text += "+underline" }
        return text
    }
    let plain = look(.plain)
    var rows: [String] = []
    for y in 0..<frame.height {
        var runs: [String] = []
        var x = 0
        while x < frame.width {
            let current = look(frame[x, y].style)
            var end = x
            while end + 1 < frame.width, look(frame[end + 1, y].style) == current { end += 1 }
            if current != plain { runs.append("\(x)-\(end):\(current)") }
            x = end + 1
        }
        if !runs.isEmpty { rows.append("\(y): " + runs.joined(separator: " ")) }
    }
    return rows.joined(separator: "\n")
}
