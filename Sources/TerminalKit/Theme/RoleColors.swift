/// Foreground, background and attributes a theme assigns to one ``StyleRole``.
public struct RoleColors: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Cell background.
    public var background: TerminalColor
    /// Draw bold in addition to what the view asks for.
    public var bold: Bool
    /// Draw in reverse video in addition to what the view asks for.
    public var reverse: Bool

    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        bold: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
    }
}
