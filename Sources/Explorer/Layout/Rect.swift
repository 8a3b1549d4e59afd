/// A rectangle of cells.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes become zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The area inside a one-cell border.
    public var inset: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
    /// The row just below the rectangle.
    public var bottom: Int { y + height }
    /// The column just right of the rectangle.
    public var right: Int { x + width }

    /// Whether the cell at column `x`, line `y` lies inside.
    public func contains(x column: Int, y line: Int) -> Bool {
        column >= x && column < right && line >= y && line < bottom
    }
}
