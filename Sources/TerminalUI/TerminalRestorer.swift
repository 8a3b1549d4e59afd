import CNCursesW

/// The signal-safe "put the terminal back" machinery, implemented in C in the
/// shim (`cs_restore_*`).
///
/// On every signal whose default action ends the process and that is not
/// ignored — SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
/// SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE, SIGIO, SIGPWR, SIGSYS and the
/// crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP — Swift
/// traps raise SIGILL or SIGTRAP) — the handler writes the reset sequence to
/// the terminal, restores the termios saved before ncurses started, puts back
/// the previous handler and re-raises, so the exit status names the signal.
/// Only async-signal-safe calls run in it (write, tcsetattr, sigaction, raise).
/// It never calls `endwin()`. The same restore runs from `atexit` if the
/// program exits without ``CursesTerminal/shutdown()``.
///
/// Keep every `cs_restore_*` call in this file: the shim's state lives in
/// function-local statics, and each Swift source file gets its own copy of a
/// static inline C function.
enum TerminalRestorer {
    /// Leaves the alternate screen, shows the cursor, resets attributes and
    /// keypad mode: used until the terminfo strings are known.
    static let fallbackSequence = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1l\u{1B}>\u{1B}[?1049l"

    /// Saves the termios of `termiosDescriptor` and installs the handlers.
    /// Returns `false` if the termios could not be read.
    @discardableResult
    static func install(outputDescriptor: Int32, termiosDescriptor: Int32) -> Bool {
        let bytes = Array(fallbackSequence.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cs_restore_install(outputDescriptor, termiosDescriptor, chars.baseAddress, chars.count) == 0
            }
        }
    }

    /// Replaces the reset sequence, e.g. with the terminal's own terminfo strings.
    static func setSequence(_ sequence: [UInt8]) {
        sequence.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cs_restore_set_sequence(chars.baseAddress, chars.count)
            }
        }
    }

    /// Restores the termios saved by ``install(outputDescriptor:termiosDescriptor:)``.
    static func restoreTermios() {
        _ = cs_restore_termios()
    }

    /// Disarms the restore and puts the previous signal handlers back.
    static func uninstall() {
        cs_restore_uninstall()
    }
}
