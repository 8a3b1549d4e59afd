/// How many colours the backend actually draws with, after taking the
/// ``ColorMode``, `NO_COLOR` and the terminal's capabilities into account.
///
/// Theme colours are degraded to the depth: 256-colour and RGB colours map to
/// the nearest of the 16 (or 8) ANSI colours on small terminals, and on
/// ``none`` a role's non-default background becomes reverse video so highlights
/// stay visible.
public enum ColorDepth: Int, CaseIterable, Sendable, Hashable, Comparable {
    /// No colour: attributes only.
    case none
    /// The 8 basic ANSI colours.
    case eight
    /// The 16 ANSI colours (8 normal, 8 bright).
    case sixteen
    /// The xterm 256-colour palette. Also used on truecolor terminals.
    case palette256
    /// A direct-colour terminfo entry (e.g. `xterm-direct`), where colour
    /// numbers are `0xRRGGBB` values rather than palette indices.
    case direct

    /// Chooses the depth for a mode and what the terminal reports.
    ///
    /// - Parameters:
    ///   - mode: the user's choice.
    ///   - noColor: whether `NO_COLOR` is set to a non-empty value.
    ///   - hasColors: ncurses `has_colors()`.
    ///   - colors: ncurses `COLORS` (palette size).
    ///   - directColor: whether the terminfo entry declares direct colour (`RGB`).
    public static func resolve(
        mode: ColorMode, noColor: Bool, hasColors: Bool, colors: Int, directColor: Bool
    ) -> ColorDepth {
        switch mode {
        case .never: return .none
        case .auto where noColor: return .none
        case .auto, .always: break
        }
        guard hasColors else { return .none }
        if directColor, colors > 256 { return .direct }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .sixteen }
        if colors >= 8 { return .eight }
        return .none
    }

    /// Orders depths from fewest to most colours.
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
