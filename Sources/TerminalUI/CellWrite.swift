/// A fully resolved cell write: position, grapheme and attributes.
public struct CellWrite: Hashable, Sendable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// The grapheme to draw.
    public var text: String
    /// Whether the grapheme covers two cells.
    public var isWide: Bool
    /// Colour pair and attributes.
    public var attributes: CellAttributes

    public init(x: Int, y: Int, text: String, isWide: Bool, attributes: CellAttributes) {
        self.x = x
        self.y = y
        self.text = text
        self.isWide = isWide
        self.attributes = attributes
    }
}
