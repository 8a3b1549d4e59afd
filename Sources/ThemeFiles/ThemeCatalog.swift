import CostCore
import Foundation
import TerminalKit

/// The themes available by name: the built-in ones (the files in `Themes/`)
/// and the user's own in `~/.config/costscope/themes/NAME.toml`, which take
/// precedence over a built-in theme of the same name.
public struct ThemeCatalog: Sendable {
    /// The theme used when none is chosen.
    public static let defaultName = "dark"

    /// Where user themes live, or nil to use built-in themes only.
    public var userDirectory: URL?

    public init(userDirectory: URL? = ThemeCatalog.defaultUserDirectory) {
        self.userDirectory = userDirectory
    }

    /// `$XDG_CONFIG_HOME/costscope/themes`, or `~/.config/costscope/themes`.
    public static var defaultUserDirectory: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty {
            return URL(fileURLWithPath: base).appendingPathComponent("costscope/themes")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/costscope/themes")
    }

    /// Every theme name, sorted.
    public var names: [String] {
        var names = Set(BuiltinThemeSources.all.keys)
        if let userDirectory, let files = try? FileManager.default.contentsOfDirectory(atPath: userDirectory.path) {
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// The theme called `name`: a user file first, then a built-in one.
    public func theme(named name: String) throws(ThemeFileError) -> Theme {
        if let userDirectory {
            let file = userDirectory.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: file.path) {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw ThemeFileError(source: file.path, message: "cannot be read (check its permissions)")
                }
                let text: String
                do { text = try PlainText.decode(data) } catch {
                    throw ThemeFileError(
                        source: file.path, line: error.line,
                        message: "column \(error.column): \(error.what); a theme file must be plain UTF-8 text")
                }
                return try ThemeParser.parse(text, source: file.path)
            }
        }
        guard let text = BuiltinThemeSources.all[name] else {
            throw ThemeFileError(source: name, message: "no such theme (available: \(names.joined(separator: ", ")))")
        }
        return try ThemeParser.parse(text, source: "Themes/\(name).toml")
    }
}
