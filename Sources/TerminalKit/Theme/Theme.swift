/// Maps every semantic ``StyleRole`` to colours.
public struct Theme: Hashable, Sendable {
    /// The theme's name, e.g. `dark`.
    public var name: String
    /// Colours per role; a role that is missing is drawn with terminal defaults.
    public var roles: [StyleRole: RoleColors]

    public init(name: String, roles: [StyleRole: RoleColors]) {
        self.name = name
        self.roles = roles
    }

    /// The colours for `role`.
    public func colors(for role: StyleRole) -> RoleColors {
        roles[role] ?? RoleColors()
    }

    /// The default theme for dark terminal backgrounds, in 256-colour terms
    /// (the backend maps them down to 16 colours where needed).
    public static let dark = Theme(
        name: "dark",
        roles: [
            .text: RoleColors(),
            .muted: RoleColors(foreground: .indexed(245)),
            .border: RoleColors(foreground: .indexed(240)),
            .focusedBorder: RoleColors(foreground: .indexed(45), bold: true),
            .title: RoleColors(foreground: .indexed(255), background: .indexed(24), bold: true),
            .label: RoleColors(foreground: .indexed(252)),
            .bar: RoleColors(foreground: .indexed(38)),
            .selectedBar: RoleColors(foreground: .indexed(214)),
            .selection: RoleColors(foreground: .indexed(255), background: .indexed(237), bold: true),
            .amount: RoleColors(foreground: .indexed(229)),
            .positive: RoleColors(foreground: .indexed(114)),
            .negative: RoleColors(foreground: .indexed(203)),
            .spike: RoleColors(foreground: .indexed(201), bold: true),
            .error: RoleColors(foreground: .indexed(196), bold: true),
            .key: RoleColors(foreground: .indexed(81), bold: true),
        ]
    )

    /// No colours at all: attributes only. Used for `NO_COLOR` and terminals without colour.
    public static let monochrome = Theme(
        name: "monochrome",
        roles: [
            .focusedBorder: RoleColors(bold: true),
            .title: RoleColors(reverse: true),
            .selection: RoleColors(reverse: true),
            .selectedBar: RoleColors(bold: true),
            .error: RoleColors(bold: true),
            .spike: RoleColors(bold: true),
            .key: RoleColors(bold: true),
        ]
    )
}

/// A colour as a theme names it; the backend degrades it to what the terminal supports.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An index into the 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}
