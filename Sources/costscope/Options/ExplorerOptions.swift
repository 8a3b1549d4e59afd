import ArgumentParser
import CostscopeApp
import Explorer
import TerminalKit
import TerminalUI
import ThemeFiles

/// Options shared by every command that opens the explorer.
struct ExplorerOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Render headless at this size (e.g. 120x40), print the final frame as text and exit.",
            valueName: "WxH"))
    var snapshot: SnapshotSize?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keys to press before the snapshot, space-separated: letters, enter, esc, tab, up, down, left, right, ?, ctrl-l, f1…",
            valueName: "keys"))
    var keys: String = ""

    @Flag(name: .long, help: "Draw borders and bars with ASCII only.")
    var ascii = false

    @Flag(
        name: .long,
        help: "Mouse: a click selects a line (again: opens it), a click on the path goes up, the wheel scrolls.")
    var mouse = false

    @Option(name: .long, help: "Colour: auto (honours NO_COLOR and the terminal), always or never.")
    var color: ColorMode = .auto

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Colour theme: dark, light, high-contrast, monochrome, terminal, or NAME.toml in ~/.config/costscope/themes.",
            valueName: "name"))
    var theme: String?

    /// The theme chosen with `--theme`, else `fallback` (from the config file), else the default.
    func loadTheme(fallback: String? = nil) throws -> Theme {
        let name = theme ?? fallback ?? ThemeCatalog.defaultName
        do { return try ThemeCatalog().theme(named: name) } catch { throw ValidationError(error.description) }
    }

    func validate() throws {
        if !keys.isEmpty && snapshot == nil {
            throw ValidationError("--keys only applies with --snapshot WxH")
        }
        do { _ = try KeyName.parseScript(keys) } catch { throw ValidationError(error.description) }
        if theme != nil { _ = try loadTheme() }
    }
}

extension ColorMode: ExpressibleByArgument {}
