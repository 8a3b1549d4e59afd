import TerminalKit

/// How a ``CursesTerminal`` session is set up.
public struct TerminalOptions: Sendable, Hashable {
    /// Whether to draw in colour.
    public var colorMode: ColorMode
    /// `true` forces ASCII drawing, `false` forces Unicode, `nil` decides from
    /// the locale (UTF-8 or not). See ``CursesTerminal/unicodeOK``.
    public var ascii: Bool?
    /// Mouse reporting: clicks of the primary button and the wheel arrive as
    /// ``TerminalEvent/mouse(_:)``; switched off again when the session ends.
    public var mouse: Bool
    /// The theme that maps style roles to colours.
    public var theme: Theme
    /// How long ncurses waits after a lone Esc for the rest of an escape
    /// sequence, in milliseconds.
    public var escapeDelayMilliseconds: Int

    public init(
        colorMode: ColorMode = .auto, ascii: Bool? = nil, mouse: Bool = false, theme: Theme = .dark,
        escapeDelayMilliseconds: Int = 25
    ) {
        self.colorMode = colorMode
        self.ascii = ascii
        self.mouse = mouse
        self.theme = theme
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }
}

/// Whether the terminal backend uses colour.
public enum ColorMode: String, CaseIterable, Sendable, Hashable {
    /// Use colour when the terminal supports it and `NO_COLOR` is not set.
    case auto
    /// Never use colour: attributes (bold, reverse, underline) only.
    case never
    /// Use colour whenever the terminal supports it, even if `NO_COLOR` is set.
    case always
}
