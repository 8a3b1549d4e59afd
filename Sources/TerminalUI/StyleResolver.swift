import TerminalKit

/// Turns a view's ``Style`` into a ``ResolvedStyle`` through a ``Theme`` at a
/// given ``ColorDepth``. Pure; no terminal needed.
///
/// Rules beyond plain colour mapping (see ``ColorPalette/colorNumber(for:depth:isBackground:)``):
/// - Attributes are the union of the view's and the theme role's.
/// - At ``ColorDepth/none`` a role with a non-default background is drawn in
///   reverse video instead, so highlights (selection, title bar) stay visible.
/// - At 8 or 16 colours a palette or RGB background that degrades to black is
///   dropped for reverse video too: on a dark terminal a black highlight would
///   be invisible. An explicit `.ansi(0)` background is kept.
public struct StyleResolver: Sendable, Hashable {
    /// The theme.
    public var theme: Theme
    /// The colour depth in use.
    public var depth: ColorDepth

    public init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
    }

    /// Resolves one style.
    public func resolve(_ style: Style) -> ResolvedStyle {
        let colors = theme.colors(for: style.role)
        var resolved = ResolvedStyle(
            bold: style.bold || colors.bold,
            reverse: style.reverse || colors.reverse,
            underline: style.underline
        )
        if depth == .none {
            if colors.background != .terminalDefault { resolved.reverse = true }
            return resolved
        }
        resolved.foreground = ColorPalette.colorNumber(for: colors.foreground, depth: depth, isBackground: false)
        resolved.background = ColorPalette.colorNumber(for: colors.background, depth: depth, isBackground: true)
        if depth <= .sixteen, resolved.background == 0 {
            switch colors.background {
            case .indexed, .rgb:
                resolved.background = -1
                resolved.reverse = true
            case .ansi, .terminalDefault:
                break
            }
        }
        return resolved
    }
}
