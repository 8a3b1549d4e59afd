import CNCursesW
import Foundation

/// Locale set-up for wide-character output. ``CursesTerminal`` calls
/// ``configure()`` itself; call it directly to decide Unicode versus ASCII
/// output without a terminal session (e.g. for headless snapshots).
public enum TerminalLocale {
    /// Applies the environment's locale (`setlocale(LC_ALL, "")`). If its
    /// character set is not UTF-8, switches `LC_CTYPE` to `C.UTF-8` (or
    /// `C.utf8`) when that exists. Returns whether `LC_CTYPE` is now UTF-8.
    public static func configure() -> Bool {
        _ = setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// Whether the current `LC_CTYPE` codeset is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = cs_codeset() else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" && $0 != "_" }
        return name == "UTF8"
    }
}
