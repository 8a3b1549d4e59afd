/// How one cell is drawn: a semantic role plus text attributes.
public struct Style: Hashable, Sendable {
    /// The semantic role; the theme maps it to colours.
    public var role: StyleRole
    /// Bold text.
    public var bold: Bool
    /// Reverse video (foreground and background swapped).
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool

    public init(_ role: StyleRole = .text, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Plain text with no attributes.
    public static let plain = Style()
}
