/// A full screen of styled cells: the pure output of a view.
///
/// Views draw into a frame with ``put(_:x:y:style:maxWidth:)`` and friends;
/// the terminal backend diffs consecutive frames and sends only what changed.
/// Tests turn a frame into plain text with ``lines`` and ``styleRuns``.
public struct Frame: Hashable, Sendable {
    /// The frame size in cells.
    public let size: TerminalSize
    /// Row-major cells, `size.width * size.height` of them.
    public private(set) var cells: [Cell]

    public init(size: TerminalSize) {
        self.size = TerminalSize(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// Width in cells.
    public var width: Int { size.width }
    /// Height in cells.
    public var height: Int { size.height }

    /// The cell at column `x`, row `y`. Reading outside the frame gives a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard contains(x: x, y: y) else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Whether the coordinate lies inside the frame.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Writes `text` starting at (`x`, `y`), clipped to `maxWidth` cells and to
    /// the frame. A wide character that would not fit entirely is replaced by a
    /// space. Returns the number of cells written.
    @discardableResult
    public mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - x)
        var column = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if column + width > limit {
                if column < limit, x + column >= 0 { self[x + column, y] = Cell(" ", style: style) }
                column = min(limit, column + 1)
                break
            }
            let cellX = x + column
            if cellX >= 0 {
                self[cellX, y] = Cell(String(character), style: style)
                if width == 2 { self[cellX + 1, y] = Cell("", style: style) }
            }
            column += width
        }
        return max(0, column)
    }

    /// Fills a rectangle with one character (display width 1) and style.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with text: String = " ", style: Style = .plain) {
        guard width > 0, height > 0 else { return }
        for row in max(0, y)..<min(size.height, y + height) {
            for column in max(0, x)..<min(size.width, x + width) {
                self[column, row] = Cell(text, style: style)
            }
        }
    }

    /// Changes the style of cells in a row span without touching their text.
    public mutating func restyle(x: Int, y: Int, width: Int, style: Style) {
        guard y >= 0, y < size.height else { return }
        for column in max(0, x)..<min(size.width, x + max(0, width)) {
            cells[y * size.width + column].style = style
        }
    }

    /// The frame as plain text, one string per row, trailing spaces kept.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                let cell = cells[row * size.width + column]
                if !cell.isContinuation { line += cell.text }
            }
            return line
        }
    }

    /// The frame as one text block with trailing spaces removed from each row.
    public var text: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// A compact description of the styles used: one line per row that has
    /// non-plain cells, listing runs as `start-end:role[+attrs]`.
    public var styleRuns: String {
        var output: [String] = []
        for row in 0..<size.height {
            var runs: [String] = []
            var column = 0
            while column < size.width {
                let style = cells[row * size.width + column].style
                var end = column
                while end + 1 < size.width, cells[row * size.width + end + 1].style == style { end += 1 }
                if style != .plain { runs.append("\(column)-\(end):\(Frame.describe(style))") }
                column = end + 1
            }
            if !runs.isEmpty { output.append("\(row): " + runs.joined(separator: " ")) }
        }
        return output.joined(separator: "\n")
    }

    private static func describe(_ style: Style) -> String {
        var text = style.role.rawValue
        if style.bold { text += "+bold" }
        if style.reverse { text += "+reverse" }
        if style.underline { text += "+underline" }
        return text
    }
}
