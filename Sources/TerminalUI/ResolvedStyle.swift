/// A cell style after the theme and the colour depth have been applied:
/// concrete ncurses colour numbers and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    /// Foreground colour number, `-1` for the terminal default.
    public var foreground: Int
    /// Background colour number, `-1` for the terminal default.
    public var background: Int
    /// Bold.
    public var bold: Bool
    /// Reverse video.
    public var reverse: Bool
    /// Underline.
    public var underline: Bool

    public init(
        foreground: Int = -1, background: Int = -1, bold: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }
}
