import CostCore
import Foundation
import Providers
import TOMLKit

/// Reads and validates one `[[accounts]]` table.
struct AccountReader {
    let table: TOMLTable
    let file: String
    let index: Int
    let locator: KeyLocator

    /// Keys every account may have; the rest are its provider's (``ProviderProfile/configKeys``).
    static let commonKeys: Set<String> = [
        "name", "provider", "base_url", "token", "token_env", "token_command", "token_command_timeout",
        "timeout_seconds",
    ]

    private var label: String {
        let name = table["name"]?.string.flatMap { PlainText.firstControl(in: $0) == nil ? " (\($0))" : nil } ?? ""
        return "accounts[\(index + 1)]\(name)"
    }

    /// `file:line` of `key` in this account, else of the account's header.
    private func location(of key: String?) -> String {
        let keyLine = key.map { locator.line(of: $0, inAccount: index) } ?? ""
        return file + (keyLine.isEmpty ? locator.headerLine(ofAccount: index) : keyLine)
    }

    /// A problem at `key` (or, without one or when it cannot be found, at the account's header).
    fileprivate func error(_ message: String, key: String? = nil) -> ConfigError {
        ConfigError("\(location(of: key)): \(label): \(message)")
    }

    func read() throws(ConfigError) -> AccountConfig {
        guard let name = try string("name"), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error("missing name = \"...\" (shown in the accounts pane)")
        }
        guard let providerName = try string("provider") else {
            let names = ProviderKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " | ")
            throw error("missing provider = \(names)")
        }
        guard let provider = ProviderKind(rawValue: providerName.lowercased()) else {
            let names = ProviderKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown provider '\(providerName)' (one of: \(names))", key: "provider")
        }
        let profile = ProviderProfile.of(provider)
        let allowed = AccountReader.commonKeys.union(profile.configKeys)
        for key in table.keys where !allowed.contains(key) {
            let hint = AccountReader.suggestion(for: key, among: allowed).map { " (did you mean \($0)?)" } ?? ""
            throw error("unknown key '\(key)' for a \(provider.rawValue) account\(hint)", key: key)
        }
        var commandTimeout = CredentialSource.defaultCommandTimeout
        if let seconds = try number("token_command_timeout") {
            guard (1...600).contains(seconds) else {
                throw error(
                    "token_command_timeout must be a number of seconds from 1 to 600, not \(seconds)",
                    key: "token_command_timeout")
            }
            commandTimeout = .milliseconds(Int64((seconds * 1000).rounded()))
        }
        let keys = ProviderKeys(reader: self, endpoint: try endpoint("base_url"))
        _ = try keys.credential("token")
        let timeoutSeconds = try seconds("timeout_seconds")
        let settings: any ProviderSettings
        do { settings = try profile.readSettings(keys) } catch { throw ConfigError(error.message) }
        var account = AccountConfig(name: name, provider: provider, settings: settings)
        account.endpoint = keys.endpoint
        account.credentials = keys.credentials.sources
        account.commandTimeout = commandTimeout
        account.timeoutSeconds = timeoutSeconds
        account.location = location(of: nil)
        for key in table.keys { account.keyLocations[key] = location(of: key) }
        return account
    }

    /// A string value; control characters are refused without showing the value (it may be a secret).
    fileprivate func string(_ key: String, allowInteger: Bool = false) throws(ConfigError) -> String? {
        guard let value = table[key] else { return nil }
        if let text = value.string { return try checked(text, key: key) }
        if allowInteger, let number = value.int { return String(number) }
        throw error("\(key) must be a string", key: key)
    }

    /// `text` of `key`, unless it holds a control character, which a terminal would act on.
    private func checked(_ text: String, key: String) throws(ConfigError) -> String {
        if let control = PlainText.firstControl(in: text) {
            throw error("\(key) contains a control character (\(control)); remove it", key: key)
        }
        return text
    }

    /// A number, integer or not.
    fileprivate func number(_ key: String) throws(ConfigError) -> Double? {
        guard let value = table[key] else { return nil }
        if let integer = value.int { return Double(integer) }
        if let double = value.double, double.isFinite { return double }
        throw error("\(key) must be a number", key: key)
    }

    /// A time zone name, checked.
    fileprivate func zone(_ key: String) throws(ConfigError) -> String? {
        guard let zone = try string(key) else { return nil }
        guard TimeZone(identifier: zone) != nil else {
            throw error("\(key) '\(zone)' is not a time zone name like Europe/Moscow", key: key)
        }
        return zone
    }

    /// A three-letter currency code such as RUB or EUR, in any case.
    fileprivate func currency(_ key: String) throws(ConfigError) -> Currency? {
        guard let code = try string(key) else { return nil }
        guard let currency = Currency(code: code.uppercased()) else {
            throw error("\(key) must be a three-letter currency code like RUB or EUR, not '\(code)'", key: key)
        }
        return currency
    }

    /// One of a few allowed words.
    fileprivate func choice(_ key: String, among allowed: [String]) throws(ConfigError) -> String? {
        guard let value = try string(key) else { return nil }
        guard allowed.contains(value.lowercased()) else {
            throw error("\(key) must be one of \(allowed.joined(separator: ", ")), not '\(value)'", key: key)
        }
        return value.lowercased()
    }

    /// A whole number of seconds from 1 to 3600.
    fileprivate func seconds(_ key: String) throws(ConfigError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, (1...3_600).contains(number) else {
            throw error("\(key) must be a whole number of seconds from 1 to 3600", key: key)
        }
        return number
    }

    fileprivate func bool(_ key: String) throws(ConfigError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw error("\(key) must be true or false", key: key) }
        return flag
    }

    /// An inline table of strings, e.g. `project_names = { "9f1c…" = "production" }`.
    fileprivate func stringTable(_ key: String) throws(ConfigError) -> [String: String]? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else {
            throw error("\(key) must be a table like { \"id\" = \"name\" }", key: key)
        }
        var result: [String: String] = [:]
        for name in inner.keys {
            guard let text = inner[name]?.string else { throw error("\(key).\(name) must be a string", key: key) }
            result[try checked(name, key: key)] = try checked(text, key: key)
        }
        return result
    }

    fileprivate func strings(_ key: String) throws(ConfigError) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error("\(key) must be a list like [\"a\", \"b\"]", key: key) }
        var result: [String] = []
        for index in 0..<array.count {
            guard let text = array[index].string else { throw error("\(key) must hold strings only", key: key) }
            result.append(try checked(text, key: key))
        }
        return result
    }

    fileprivate func endpoint(_ key: String) throws(ConfigError) -> Endpoint? {
        guard let text = try string(key) else { return nil }
        do { return try Endpoint(text) } catch { throw self.error("\(key): \(error.message)", key: key) }
    }

    /// `X`, `X_env` or `X_command`: exactly one of them, or none; none of them empty.
    fileprivate func credential(_ base: String) throws(ConfigError) -> CredentialSource? {
        var sources: [CredentialSource] = []
        for key in [base, base + "_env", base + "_command"] {
            guard let value = try string(key) else { continue }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw error("\(key) is empty; give the \(CredentialSource.noun(for: base)) or remove the key", key: key)
            }
            switch key {
            case base: sources.append(.literal(Secret(value)))
            case base + "_env": sources.append(.environment(value))
            default: sources.append(.command(value))
            }
        }
        guard sources.count <= 1 else {
            throw error("give only one of \(base), \(base)_env and \(base)_command", key: base)
        }
        return sources.first
    }

    /// The allowed key closest to a misspelt one, when it is close.
    static func suggestion(for key: String, among allowed: Set<String>) -> String? {
        var best: (key: String, distance: Int)?
        for candidate in allowed.sorted() {
            let candidateDistance = distance(key, candidate)
            if best == nil || candidateDistance < best!.distance { best = (candidate, candidateDistance) }
        }
        guard let best, best.distance <= max(2, key.count / 4) else { return nil }
        return best.key
    }

    private static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        var previous = Array(0...right.count)
        for (row, leftCharacter) in left.enumerated() {
            var current = [row + 1]
            for (column, rightCharacter) in right.enumerated() {
                let substitution: Int = previous[column] + (leftCharacter == rightCharacter ? 0 : 1)
                let deletion: Int = previous[column + 1] + 1
                let insertion: Int = current[column] + 1
                current.append(Swift.min(substitution, deletion, insertion))
            }
            previous = current
        }
        return previous[right.count]
    }
}

/// The account's keys as its provider's profile reads them: the reader's checks, with problems
/// turned into ``SettingsProblem``s carrying the same placed message.
private final class ProviderKeys: AccountKeys {
    /// The credentials read so far, by base key.
    final class Credentials { var sources: [String: CredentialSource] = [:] }

    let reader: AccountReader
    let endpoint: Endpoint?
    let credentials = Credentials()

    init(reader: AccountReader, endpoint: Endpoint?) {
        self.reader = reader
        self.endpoint = endpoint
    }

    private func placed<T>(_ read: () throws(ConfigError) -> T) throws(SettingsProblem) -> T {
        do { return try read() } catch { throw SettingsProblem(error.message) }
    }

    func string(_ key: String, allowInteger: Bool) throws(SettingsProblem) -> String? {
        try placed { () throws(ConfigError) in try reader.string(key, allowInteger: allowInteger) }
    }
    func strings(_ key: String) throws(SettingsProblem) -> [String]? {
        try placed { () throws(ConfigError) in try reader.strings(key) }
    }
    func stringTable(_ key: String) throws(SettingsProblem) -> [String: String]? {
        try placed { () throws(ConfigError) in try reader.stringTable(key) }
    }
    func bool(_ key: String) throws(SettingsProblem) -> Bool? {
        try placed { () throws(ConfigError) in try reader.bool(key) }
    }
    func zone(_ key: String) throws(SettingsProblem) -> String? {
        try placed { () throws(ConfigError) in try reader.zone(key) }
    }
    func currency(_ key: String) throws(SettingsProblem) -> Currency? {
        try placed { () throws(ConfigError) in try reader.currency(key) }
    }
    func choice(_ key: String, among allowed: [String]) throws(SettingsProblem) -> String? {
        try placed { () throws(ConfigError) in try reader.choice(key, among: allowed) }
    }
    func endpoint(_ key: String) throws(SettingsProblem) -> Endpoint? {
        try placed { () throws(ConfigError) in try reader.endpoint(key) }
    }
    func hasCredential(_ base: String) throws(SettingsProblem) -> Bool {
        try placed { () throws(ConfigError) in try credential(base) } != nil
    }
    func problem(_ message: String, key: String?) -> SettingsProblem {
        SettingsProblem(reader.error(message, key: key).message)
    }

    /// Reads the credential `base` once and keeps where it comes from.
    func credential(_ base: String) throws(ConfigError) -> CredentialSource? {
        if let known = credentials.sources[base] { return known }
        let source = try reader.credential(base)
        credentials.sources[base] = source
        return source
    }
}
