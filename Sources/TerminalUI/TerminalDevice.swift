/// Where a ``CursesTerminal`` session reads keys and writes the screen.
public enum TerminalDevice: Sendable, Hashable {
    /// The process's standard input and output, which must both be terminals.
    /// `TERM` names the terminal type. Signal handlers restore the terminal on
    /// every exit path.
    case standardStreams
    /// Files instead of a terminal, for smoke tests and captures: no TTY checks,
    /// no termios, no signal handlers. Without a real terminal the size comes
    /// from the terminfo entry (or `LINES`/`COLUMNS`).
    ///
    /// - Parameters:
    ///   - output: path of the file the escape sequences are written to (truncated).
    ///   - input: path of the file keys are read from, e.g. `/dev/null`.
    ///   - terminalType: the terminfo name, e.g. `xterm-256color`.
    case files(output: String, input: String, terminalType: String)
}
