/// The text of every file in the repository's `Themes/` folder, compiled in so
/// the binary needs no files at run time. A test keeps the two identical.
enum BuiltinThemeSources {
    static let all: [String: String] = [
        "dark": #"""
        # costscope theme: the default, for dark terminal backgrounds.
        # Colours: "default" (the terminal's own), 0-255 (the 256-colour palette),
        # "#rrggbb", or an ANSI name ("red", "bright-blue", ...). Roles left out use
        # the terminal's defaults. Every meaning shown by colour is also shown by a glyph.
        name = "dark"
        description = "Default theme for dark backgrounds"

        [roles]
        text = { fg = "default" }
        muted = { fg = 245 }
        border = { fg = 240 }
        focused_border = { fg = 45, bold = true }
        title = { fg = 255, bg = 24, bold = true }
        label = { fg = 252 }
        bar = { fg = 38 }
        selected_bar = { fg = 214 }
        selection = { fg = 255, bg = 237, bold = true }
        amount = { fg = 229 }
        positive = { fg = 114 }
        negative = { fg = 203 }
        spike = { fg = 201, bold = true }
        error = { fg = 196, bold = true }
        key = { fg = 81, bold = true }
        """#,
        "high-contrast": #"""
        # costscope theme with maximum contrast: pure black and white plus a few bright colours.
        name = "high-contrast"
        description = "Maximum contrast"

        [roles]
        text = { fg = "bright-white", bg = "black" }
        muted = { fg = "white", bg = "black" }
        border = { fg = "bright-white", bg = "black" }
        focused_border = { fg = "bright-yellow", bg = "black", bold = true }
        title = { fg = "black", bg = "bright-white", bold = true }
        label = { fg = "bright-white", bg = "black" }
        bar = { fg = "bright-cyan", bg = "black" }
        selected_bar = { fg = "bright-yellow", bg = "black" }
        selection = { fg = "black", bg = "bright-yellow", bold = true }
        amount = { fg = "bright-white", bg = "black", bold = true }
        positive = { fg = "bright-green", bg = "black" }
        negative = { fg = "bright-red", bg = "black" }
        spike = { fg = "bright-magenta", bg = "black", bold = true }
        error = { fg = "bright-red", bg = "black", bold = true }
        key = { fg = "bright-yellow", bg = "black", bold = true }
        """#,
        "light": #"""
        # costscope theme for light terminal backgrounds.
        name = "light"
        description = "For light backgrounds"

        [roles]
        text = { fg = "default" }
        muted = { fg = 244 }
        border = { fg = 250 }
        focused_border = { fg = 25, bold = true }
        title = { fg = 255, bg = 25, bold = true }
        label = { fg = 235 }
        bar = { fg = 31 }
        selected_bar = { fg = 166 }
        selection = { fg = 232, bg = 153, bold = true }
        amount = { fg = 94 }
        positive = { fg = 28 }
        negative = { fg = 160 }
        spike = { fg = 127, bold = true }
        error = { fg = 160, bold = true }
        key = { fg = 25, bold = true }
        """#,
        "monochrome": #"""
        # costscope theme with no colour at all: bold and reverse video only.
        name = "monochrome"
        description = "No colours; bold and reverse only"

        [roles]
        focused_border = { bold = true }
        title = { reverse = true }
        selection = { reverse = true }
        selected_bar = { bold = true }
        positive = { fg = "default" }
        negative = { bold = true }
        error = { bold = true }
        spike = { bold = true }
        key = { bold = true }
        """#,
        "terminal": #"""
        # costscope theme that uses only the terminal's own 16 colours, so it follows
        # whatever palette the terminal is configured with.
        name = "terminal"
        description = "The terminal's own 16-colour palette"

        [roles]
        text = { fg = "default" }
        muted = { fg = "bright-black" }
        border = { fg = "bright-black" }
        focused_border = { fg = "cyan", bold = true }
        title = { reverse = true, bold = true }
        label = { fg = "default" }
        bar = { fg = "blue" }
        selected_bar = { fg = "yellow" }
        selection = { reverse = true }
        amount = { fg = "default", bold = true }
        positive = { fg = "green" }
        negative = { fg = "red" }
        spike = { fg = "magenta", bold = true }
        error = { fg = "red", bold = true }
        key = { fg = "cyan", bold = true }
        """#,
    ]
}
