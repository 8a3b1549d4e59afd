import TOMLKit
import TerminalKit

/// Reads a theme from TOML text: a `name` and a `[roles]` table mapping
/// semantic role names (`focused_border`, `selected_bar`, …) to
/// `{ fg, bg, bold, reverse }`.
public enum ThemeParser {
    /// Every role name a theme file may use.
    public static let roleNames: [String: StyleRole] = Dictionary(
        uniqueKeysWithValues: StyleRole.allCases.map { (snakeCase($0.rawValue), $0) })

    /// Parses `text`; `source` names the file in errors.
    public static func parse(_ text: String, source: String) throws(ThemeFileError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeFileError(source: source, line: error.source.begin.line, message: error.description)
        } catch {
            throw ThemeFileError(source: source, message: "not valid TOML")
        }
        guard let name = table["name"]?.string, !name.isEmpty else {
            throw ThemeFileError(source: source, message: "missing `name = \"...\"`")
        }
        guard let rolesTable = table["roles"]?.table else {
            throw ThemeFileError(source: source, message: "missing the [roles] table")
        }
        var roles: [StyleRole: RoleColors] = [:]
        for key in rolesTable.keys {
            guard let role = roleNames[key] else {
                let known = roleNames.keys.sorted().joined(separator: ", ")
                throw ThemeFileError(source: source, message: "unknown role '\(key)' (roles: \(known))")
            }
            guard let entry = rolesTable[key]?.table else {
                throw ThemeFileError(source: source, message: "role '\(key)' must be a table like { fg = 245 }")
            }
            roles[role] = try colors(entry, role: key, source: source)
        }
        return Theme(name: name, roles: roles)
    }

    private static func colors(_ entry: TOMLTable, role: String, source: String) throws(ThemeFileError) -> RoleColors {
        var colors = RoleColors()
        for key in entry.keys {
            switch key {
            case "fg": colors.foreground = try color(entry[key], at: "\(role).fg", source: source)
            case "bg": colors.background = try color(entry[key], at: "\(role).bg", source: source)
            case "bold", "reverse":
                guard let flag = entry[key]?.bool else {
                    throw ThemeFileError(source: source, message: "\(role).\(key) must be true or false")
                }
                if key == "bold" { colors.bold = flag } else { colors.reverse = flag }
            default:
                throw ThemeFileError(
                    source: source, message: "unknown key '\(role).\(key)' (use fg, bg, bold, reverse)")
            }
        }
        return colors
    }

    private static func color(_ value: (any TOMLValueConvertible)?, at path: String, source: String)
        throws(ThemeFileError) -> TerminalColor
    {
        if let index = value?.int {
            guard (0...255).contains(index) else {
                throw ThemeFileError(source: source, message: "\(path): palette index \(index) is not 0-255")
            }
            return .indexed(UInt8(index))
        }
        guard let text = value?.string, let parsed = ColorName.parse(text) else {
            throw ThemeFileError(
                source: source,
                message: "\(path): expected \"default\", 0-255, \"#rrggbb\" or an ANSI name like \"bright-red\"")
        }
        return parsed
    }

    private static func snakeCase(_ camel: String) -> String {
        var result = ""
        for character in camel {
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
        return result
    }
}
