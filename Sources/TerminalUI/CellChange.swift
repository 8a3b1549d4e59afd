import TerminalKit

/// One cell the backend must (re)write: a grapheme at a position with a style.
/// A wide grapheme is one change; its continuation cell never is.
public struct CellChange: Hashable, Sendable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The grapheme to draw; never empty.
    public var text: String
    /// The view's style for the cell.
    public var style: Style
    /// Whether the grapheme covers two cells.
    public var isWide: Bool

    public init(x: Int, y: Int, text: String, style: Style, isWide: Bool = false) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
        self.isWide = isWide
    }
}
