import TerminalKit

/// One cell on its way to the terminal: the frame's ``Cell``, where it goes, whether it is a
/// wide grapheme covering the next column too, and — once ``FrameRenderer`` has resolved its
/// style through the theme and the colour depth — the attributes ncurses draws it with.
public struct CellWrite: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
    public var isWide: Bool
    public var attributes: CellAttributes

    public init(x: Int, y: Int, cell: Cell, isWide: Bool = false, attributes: CellAttributes = CellAttributes()) {
        self.x = x
        self.y = y
        self.cell = cell
        self.isWide = isWide
        self.attributes = attributes
    }

    public init(x: Int, y: Int, text: String, style: Style = .plain, isWide: Bool = false) {
        self.init(x: x, y: y, cell: Cell(text, style: style), isWide: isWide)
    }

    public var text: String { cell.text }
}
