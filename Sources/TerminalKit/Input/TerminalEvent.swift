/// Something the terminal reported.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size.
    case resize(TerminalSize)
    /// A mouse click or wheel turn (only when mouse reporting is on).
    case mouse(MouseEvent)
}
