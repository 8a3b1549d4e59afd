/// Why a terminal session could not start.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input is not a terminal (e.g. piped or redirected).
    case inputNotATerminal
    /// Standard output is not a terminal (e.g. piped or redirected).
    case outputNotATerminal
    /// `TERM` is not set or empty.
    case terminalTypeUnset
    /// No terminfo entry exists for this `TERM` value.
    case unknownTerminalType(String)
    /// The terminal cannot address the cursor, so a full-screen UI is impossible.
    case unsupportedTerminalType(String)
    /// A file of a ``TerminalDevice/files(output:input:terminalType:)`` device could not be opened.
    case cannotOpenFile(path: String, reason: String)
    /// Another session is still active in this process (ncurses is process-global).
    case sessionAlreadyActive

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .inputNotATerminal:
            return "standard input is not a terminal; run costscope from an interactive terminal"
        case .outputNotATerminal:
            return "standard output is not a terminal; run costscope from an interactive terminal"
        case .terminalTypeUnset:
            return "the TERM environment variable is not set; set it to your terminal type, e.g. TERM=xterm-256color"
        case .unknownTerminalType(let name):
            return "unknown terminal type '\(name)' (no terminfo entry); set TERM to a known type, "
                + "e.g. TERM=xterm-256color"
        case .unsupportedTerminalType(let name):
            return "terminal type '\(name)' cannot move the cursor; a full-screen interface needs a terminal "
                + "like xterm-256color"
        case .cannotOpenFile(let path, let reason):
            return "cannot open '\(path)': \(reason)"
        case .sessionAlreadyActive:
            return "a terminal session is already active in this process"
        }
    }
}
