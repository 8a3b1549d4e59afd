/// What the backend passes to `setcchar` besides the text: a colour pair and
/// attribute flags.
public struct CellAttributes: Hashable, Sendable {
    /// The colour pair number (0 = terminal default).
    public var pair: Int
    /// Bold.
    public var bold: Bool
    /// Reverse video.
    public var reverse: Bool
    /// Underline.
    public var underline: Bool

    public init(pair: Int = 0, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.pair = pair
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }
}
