import CNCursesW

extension CursesTerminal {
    /// Sequences that terminals and multiplexers send for Home, End, Delete and the
    /// page keys whatever `TERM` says: tmux and screen send `ESC [ 1 ~` for Home even when
    /// the program runs with `TERM=xterm-256color`, whose terminfo only knows `ESC O H`.
    /// Left undefined, such a sequence arrives as Esc, `[`, `1`, `~` — three commands the
    /// user never typed (back, previous period, the first range preset).
    static let commonKeySequences: [(sequence: String, key: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    /// Teaches curses the sequences of ``commonKeySequences`` that the terminal description
    /// does not already bind (it never overrides one that is defined).
    static func defineCommonKeySequences() {
        for (sequence, key) in commonKeySequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, key)
        }
    }
}
