import CostCore
import TerminalKit

/// One Seeweb server's month in place of bars: online, offline and reserved hours with
/// their cost, each reservation's discount, saving, dates and days left, then the original
/// cost, the billed cost and what the discounts saved.
enum SeewebServerView {
    /// Draws `splits` (latest month first) below the breadcrumbs in the chart pane's `inner` rect.
    static func draw(_ splits: [SeewebMonthSplit], state: ExplorerState, in frame: inout Frame, inner: Rect) {
        var y = inner.y + 1
        let bottom = inner.bottom
        let x = inner.x + 1
        let width = inner.width - 2
        for split in splits {
            guard y < bottom else { return }
            let columns = SeewebSplitColumns(split, width: width, ascii: state.screen.ascii)
            let separator = state.screen.ascii ? " | " : " · "
            put(
                split.title + separator, columns.headerNote(for: split, separator: separator), at: &y, x: x,
                width: width, frame: &frame, bottom: bottom)
            if y < bottom {
                columns.drawHeadings(in: &frame, x: x, y: y)
                y += 1
            }
            for line in split.lines {
                guard y < bottom else { return }
                columns.drawLine(line, in: &frame, x: x, y: y)
                y += 1
                if line.kind == .reserved, y < bottom, let text = reservationText(line, ascii: state.screen.ascii) {
                    let style = Style((line.daysUntilEnd ?? 31) <= 30 ? .negative : .muted)
                    frame.put(TextFit.end("   " + text, width: width), x: x, y: y, style: style)
                    y += 1
                }
            }
            for (label, amount, role) in totals(split) {
                guard y < bottom else { return }
                columns.drawTotal(label, amount: amount, role: role, in: &frame, x: x, y: y)
                y += 1
            }
            y += 1
        }
    }

    /// The month title (with its separator) and a muted note after it.
    private static func put(
        _ title: String, _ note: String, at y: inout Int, x: Int, width: Int, frame: inout Frame, bottom: Int
    ) {
        guard y < bottom else { return }
        let used = frame.put(title, x: x, y: y, style: Style(.label, bold: true), maxWidth: width)
        if used < width {
            frame.put(TextFit.end(note, width: width - used), x: x + used, y: y, style: Style(.muted))
        }
        y += 1
    }

    /// `2026-03-01 – 2026-12-01 · expires in 11 days` (`-` and `|` in ASCII).
    static func reservationText(_ line: SeewebPartLine, ascii: Bool) -> String? {
        var pieces: [String] = []
        switch (line.startDate, line.endDate) {
        case (let start?, let end?): pieces.append(start + (ascii ? " - " : " – ") + end)
        case (nil, let end?): pieces.append("until " + end)
        case (let start?, nil): pieces.append("from " + start)
        case (nil, nil): break
        }
        if let expiry = line.expiryText { pieces.append(expiry) }
        return pieces.isEmpty ? nil : pieces.joined(separator: ascii ? " | " : " · ")
    }

    /// Original cost, billed cost and the saving, when the original is known.
    private static func totals(_ split: SeewebMonthSplit) -> [(String, Amount, StyleRole)] {
        var rows: [(String, Amount, StyleRole)] = []
        if let original = split.originalCost { rows.append(("Original cost", original, .amount)) }
        rows.append(("Billed cost", split.billedCost, .amount))
        if let saved = split.saved { rows.append(("Saved", saved, saved.isNegative ? .negative : .positive)) }
        return rows
    }
}
