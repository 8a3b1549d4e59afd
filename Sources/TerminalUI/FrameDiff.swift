import TerminalKit

/// Compares two frames and lists the cells that must be written. Pure.
///
/// Each row is first normalised to what a terminal can really show:
/// - a continuation cell directly right of its wide grapheme is skipped (the
///   wide grapheme is written once and covers it);
/// - an orphaned continuation (its wide grapheme was overwritten) and a wide
///   grapheme without a continuation (overwritten or at the right edge) become
///   a space in the cell's style, since half a wide character cannot be drawn;
/// - zero-width text (controls, lone combining marks) becomes a space;
/// - in ASCII-only mode a non-ASCII grapheme becomes `?` (a wide one `?` plus a space).
///
/// Rows whose cells are identical in both frames are skipped without
/// normalising them, so a cursor move costs only the rows it touches.
public enum FrameDiff {
    /// The changes that turn `previous` into `current`. With no previous frame
    /// (or a different size) every visible cell is a change.
    public static func changes(from previous: Frame?, to current: Frame, asciiOnly: Bool = false) -> [CellWrite] {
        var changes: [CellWrite] = []
        let width = current.width
        guard width > 0 else { return changes }
        let comparable = previous.flatMap { $0.size == current.size ? $0 : nil }
        for row in 0..<current.height {
            let newRow = normalizedRow(current, row: row, asciiOnly: asciiOnly)
            guard let old = comparable else {
                appendAll(newRow, row: row, to: &changes)
                continue
            }
            let range = (row * width)..<((row + 1) * width)
            if old.cells[range] == current.cells[range] { continue }
            let oldRow = normalizedRow(old, row: row, asciiOnly: asciiOnly)
            for column in newRow.indices where newRow[column] != oldRow[column] {
                if let change = write(newRow, column: column, row: row) { changes.append(change) }
            }
        }
        return changes
    }

    private static func appendAll(_ cells: [Cell], row: Int, to changes: inout [CellWrite]) {
        for column in cells.indices {
            if let change = write(cells, column: column, row: row) { changes.append(change) }
        }
    }

    /// The write of a normalised row's cell; none for a continuation, which its wide grapheme
    /// covers.
    private static func write(_ cells: [Cell], column: Int, row: Int) -> CellWrite? {
        let cell = cells[column]
        guard !cell.isContinuation else { return nil }
        let wide = column + 1 < cells.count && cells[column + 1].isContinuation
        return CellWrite(x: column, y: row, cell: cell, isWide: wide)
    }

    /// What the terminal will show for one row: a wide grapheme is the one cell followed by a
    /// continuation (empty text); every other cell is a single-column grapheme.
    static func normalizedRow(_ frame: Frame, row: Int, asciiOnly: Bool) -> [Cell] {
        let width = frame.width
        let base = row * width
        let cells = frame.cells
        var output: [Cell] = []
        output.reserveCapacity(width)
        var column = 0
        while column < width {
            let cell = cells[base + column]
            if cell.isContinuation {
                output.append(Cell(" ", style: cell.style))
                column += 1
                continue
            }
            let (text, cellWidth) = measure(cell.text)
            switch cellWidth {
            case 2 where column + 1 < width && cells[base + column + 1].isContinuation:
                if asciiOnly {
                    output.append(Cell("?", style: cell.style))
                    output.append(Cell(" ", style: cell.style))
                } else {
                    output.append(Cell(text, style: cell.style))
                    output.append(Cell("", style: cell.style))
                }
                column += 2
                continue
            case 1:
                let ascii = !asciiOnly || text.utf8.count == 1
                output.append(Cell(ascii ? text : "?", style: cell.style))
            default:
                output.append(Cell(" ", style: cell.style))
            }
            column += 1
        }
        return output
    }

    /// The first grapheme of `text` and its display width.
    private static func measure(_ text: String) -> (String, Int) {
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first {
            return (text, byte >= 0x20 && byte < 0x7F ? 1 : 0)
        }
        guard let first = text.first else { return (text, 0) }
        let single = text.index(after: text.startIndex) == text.endIndex
        return (single ? text : String(first), DisplayWidth.of(first))
    }
}
