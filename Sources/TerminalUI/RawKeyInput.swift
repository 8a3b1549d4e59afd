/// What ncurses `get_wch` reported, before decoding into a ``Key``.
public enum RawKeyInput: Hashable, Sendable {
    /// `get_wch` returned `OK`: a character code (a Unicode scalar value or a
    /// control code such as 3 for Ctrl-C).
    case character(UInt32)
    /// `get_wch` returned `KEY_CODE_YES`: an ncurses `KEY_*` code.
    case keyCode(Int32)
}
