import CostCore
import Foundation
import Providers
import TOMLKit

/// Reads and validates `config.toml`.
///
/// Every problem is reported with the file, the account and the key (and the
/// line where it can be found), so the user can fix it without guessing.
public enum ConfigLoader {
    /// A loaded config and any warnings about it (e.g. permissions).
    public struct Loaded: Sendable {
        /// The validated config.
        public var config: CostscopeConfig
        /// Problems that do not stop costscope, for the user to fix.
        public var warnings: [String]
        /// The file it came from.
        public var path: String
    }

    /// Where the config is looked for: `--config`, then `COSTSCOPE_CONFIG`, then
    /// `$XDG_CONFIG_HOME/costscope/config.toml`, then `~/.config/costscope/config.toml`.
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String?
    {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["COSTSCOPE_CONFIG"], !path.isEmpty { return path }
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/costscope/config.toml" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/costscope/config.toml" }
        return nil
    }

    /// Loads the file at `path`.
    public static func load(path: String) throws(ConfigError) -> Loaded {
        let file = try ConfigFileReader.read(path)
        let text: String
        do { text = try PlainText.decode(file.bytes) } catch {
            throw ConfigError("\(path):\(error); the config file must be plain UTF-8 text")
        }
        var loaded = Loaded(config: try parse(text, file: path), warnings: [], path: path)
        let mode = Int(file.mode)
        if mode & 0o077 != 0 {
            loaded.warnings.append(
                "\(path) is readable by other users (mode \(String(mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
        return loaded
    }

    /// Parses and validates config text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> CostscopeConfig {
        do { _ = try PlainText.decode(text.utf8) } catch {
            throw ConfigError("\(file):\(error); the config file must be plain UTF-8 text")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError("\(file):\(error.source.begin.line): \(error.description)")
        } catch {
            throw ConfigError("\(file): not valid TOML")
        }
        let locator = KeyLocator(text: text)
        for key in table.keys where !["theme", "accounts"].contains(key) {
            throw ConfigError(
                "\(file)\(locator.line(of: key, inAccount: nil)): unknown top-level key '\(key)' (expected theme or [[accounts]])"
            )
        }
        var theme: String?
        if let value = table["theme"] {
            let line = locator.line(of: "theme", inAccount: nil)
            guard let name = value.string else {
                throw ConfigError("\(file)\(line): theme must be a string like \"dark\"")
            }
            if let control = PlainText.firstControl(in: name) {
                throw ConfigError("\(file)\(line): theme contains a control character (\(control))")
            }
            theme = name
        }
        guard let list = table["accounts"]?.array else {
            if table["accounts"] != nil {
                throw ConfigError(
                    "\(file)\(locator.line(of: "accounts", inAccount: nil)): accounts must be [[accounts]] tables")
            }
            throw ConfigError("\(file): no [[accounts]] — add one per provider account (see README, \"Accounts\")")
        }
        guard list.count > 0 else {
            throw ConfigError(
                "\(file)\(locator.line(of: "accounts", inAccount: nil)): accounts is empty — add one [[accounts]] table per provider account (see README, \"Accounts\")"
            )
        }
        var accounts: [AccountConfig] = []
        for index in 0..<list.count {
            guard let entry = list[index].table else {
                throw ConfigError(
                    "\(file)\(locator.line(of: "accounts", inAccount: nil)): accounts[\(index + 1)] must be a table")
            }
            let reader = AccountReader(table: entry, file: file, index: index, locator: locator)
            let account = try reader.read()
            if accounts.contains(where: { $0.name == account.name }) {
                throw ConfigError(
                    "\(file)\(locator.line(of: "name", inAccount: index)): two accounts are named '\(account.name)'; names must be unique"
                )
            }
            accounts.append(account)
        }
        return CostscopeConfig(theme: theme, accounts: accounts)
    }
}

/// Finds the line of a key in the raw text, for error messages.
struct KeyLocator {
    let lines: [Substring]

    init(text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    /// `:LINE` for the first `key =` (inside the given `[[accounts]]` block, when set), or "".
    func line(of key: String, inAccount account: Int?) -> String {
        var block = -1
        for (number, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[[accounts]]") {
                block += 1
                continue
            }
            if let account, block != account { continue }
            if account == nil && block >= 0 { break }
            if trimmed.hasPrefix(key), trimmed.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
            {
                return ":\(number + 1)"
            }
        }
        return ""
    }

    /// `:LINE` of the `[[accounts]]` header of the given account, else of `accounts =`, or "".
    func headerLine(ofAccount account: Int) -> String {
        var block = -1
        for (number, line) in lines.enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix("[[accounts]]") {
            block += 1
            if block == account { return ":\(number + 1)" }
        }
        return self.line(of: "accounts", inAccount: nil)
    }
}
