/// Something the terminal reported.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size.
    case resize(TerminalSize)
    /// A mouse click or wheel turn (only when mouse reporting is on).
    case mouse(MouseEvent)
}

/// A key the user pressed, decoded by the terminal backend or parsed from a
/// headless `--keys` script.
public enum Key: Hashable, Sendable {
    /// A printable character, e.g. `j`, `?`, `/`.
    case character(Character)
    /// Control plus a letter, e.g. `.control("l")` for Ctrl-L.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right
    case pageUp, pageDown, home, end
    /// A function key, F1–F12.
    case function(Int)
}
