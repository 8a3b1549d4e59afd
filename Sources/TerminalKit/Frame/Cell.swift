/// One terminal cell of a ``Frame``.
///
/// `text` holds exactly one grapheme cluster. A wide grapheme (display width 2)
/// occupies its cell and the cell to its right; that right-hand cell is a
/// *continuation* cell whose `text` is empty and which backends must skip.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this cell, or `""` for the continuation of a wide one.
    public var text: String
    /// How the cell is drawn.
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A blank cell with the plain style.
    public static let blank = Cell(" ")

    /// Whether this cell continues the wide grapheme to its left.
    public var isContinuation: Bool { text.isEmpty }
}
