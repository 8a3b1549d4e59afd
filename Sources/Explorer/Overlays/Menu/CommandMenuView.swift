import TerminalKit

/// The command menu: a small box in the middle of the screen, one command per line with
/// the key that does the same outside the menu.
enum CommandMenuView {
    static func draw(_ menu: CommandMenu, in frame: inout Frame, glyphs: Glyphs) {
        let hint = "Enter run  Esc close"
        let keyWidth = menu.entries.compactMap { $0.keyLabel.map { DisplayWidth.of($0) } }.max() ?? 0
        let titleWidth = menu.entries.map { DisplayWidth.of($0.title) }.max() ?? 0
        let wanted = max(titleWidth + keyWidth + 3, DisplayWidth.of(hint), DisplayWidth.of(menu.title) + 4) + 4
        let width = min(frame.width - 2, wanted)
        let height = min(frame.height - 2, menu.entries.count + 4)
        let rect = Rect(x: (frame.width - width) / 2, y: (frame.height - height) / 2, width: width, height: height)
        frame.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        Box.draw(in: &frame, rect: rect, title: menu.title, focused: true, glyphs: glyphs)
        let inner = rect.inset
        let rows = max(1, inner.height - 2)
        let first = max(0, min(menu.cursor - rows + 1, menu.entries.count - rows))
        for (offset, entry) in menu.entries.dropFirst(first).prefix(rows).enumerated() {
            let index = first + offset
            let y = inner.y + offset
            let selected = index == menu.cursor
            let style = selected ? Style(.selection, bold: true) : Style(.text)
            if selected { frame.fill(x: inner.x, y: y, width: inner.width, height: 1, style: style) }
            frame.put(selected ? glyphs.selectionMarker : " ", x: inner.x, y: y, style: style)
            let keyText = entry.keyLabel ?? ""
            let titleRoom = inner.width - 3 - (keyText.isEmpty ? 0 : DisplayWidth.of(keyText) + 1)
            frame.put(
                TextFit.end(entry.title, width: titleRoom, ellipsis: glyphs.ellipsis), x: inner.x + 2, y: y,
                style: style)
            if !keyText.isEmpty {
                frame.put(
                    keyText, x: inner.right - 1 - DisplayWidth.of(keyText), y: y,
                    style: selected ? style : Style(.key))
            }
        }
        frame.put(hint, x: inner.x + 2, y: inner.bottom - 1, style: Style(.muted), maxWidth: inner.width - 2)
    }
}
