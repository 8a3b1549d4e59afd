import CNCursesW

extension CursesTerminal {
    /// What to write on exit on a terminal without an alternate screen (no `smcup`/`rmcup`,
    /// such as `vt100` or the Linux console): its clear-screen string, which also homes the
    /// cursor, so the shell's prompt starts on a clean screen instead of over the last frame.
    /// Nil on terminals that have one. Reads terminfo: call while the screen is set up.
    static func clearOnExitSequence() -> [UInt8]? {
        guard cs_tigetstr("smcup") == nil || cs_tigetstr("rmcup") == nil else { return nil }
        let clear = cs_tigetstr("clear").map { String(cString: $0) } ?? "\u{1B}[H\u{1B}[J"
        return Array(withoutPadding(clear).utf8)
    }

    /// `text` without terminfo delays (`$<50>`), which are instructions to ncurses, not bytes
    /// for the terminal.
    static func withoutPadding(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "$<") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
