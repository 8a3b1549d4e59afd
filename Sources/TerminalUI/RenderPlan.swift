/// What the backend must do to put a frame on screen, in order: define new
/// colour pairs, clear the screen if asked, write the cells.
public struct RenderPlan: Hashable, Sendable {
    /// Repaint everything from scratch (first frame, resize, Ctrl-L, theme change).
    public var clearScreen: Bool
    /// Colour pairs used for the first time in this frame.
    public var newPairs: [ColorPairDefinition]
    /// The cells that differ from what is on screen, row by row, left to right.
    public var writes: [CellWrite]

    public init(clearScreen: Bool = false, newPairs: [ColorPairDefinition] = [], writes: [CellWrite] = []) {
        self.clearScreen = clearScreen
        self.newPairs = newPairs
        self.writes = writes
    }
}
