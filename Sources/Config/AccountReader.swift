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

    /// Keys every account may have.
    static let commonKeys: Set<String> = [
        "name", "provider", "base_url", "token", "token_env", "token_command", "token_command_timeout",
        "timeout_seconds",
    ]
    /// Keys only some providers understand.
    static let providerKeys: [ProviderKind: Set<String>] = [
        .selectel: ["provider_keys", "timezone", "auth", "locale", "currency"],
        .cloudru: [
            "agreement_id", "project_ids", "key_id", "key_id_env", "key_id_command", "secret", "secret_env",
            "secret_command", "iam_url", "project_names", "service_names", "include_vat", "api_version",
            "timezone",
        ],
        .onapp: ["user_id", "email", "api_key", "api_key_env", "api_key_command", "format"],
        .seeweb: ["format", "timezone", "currency"],
        .f5xc: [],
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
    private func error(_ message: String, key: String? = nil) -> ConfigError {
        ConfigError("\(location(of: key)): \(label): \(message)")
    }

    func read() throws(ConfigError) -> AccountConfig {
        guard let name = try string("name"), !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error("missing name = \"...\" (shown in the accounts pane)")
        }
        guard let providerName = try string("provider") else {
            throw error("missing provider = \"selectel\" | \"cloudru\" | \"onapp\" | \"seeweb\" | \"f5xc\"")
        }
        guard let provider = ProviderKind(rawValue: providerName.lowercased()) else {
            throw error(
                "unknown provider '\(providerName)' (one of: selectel, cloudru, onapp, seeweb, f5xc)", key: "provider")
        }
        let allowed = AccountReader.commonKeys.union(AccountReader.providerKeys[provider] ?? [])
        for key in table.keys where !allowed.contains(key) {
            let hint = AccountReader.suggestion(for: key, among: allowed).map { " (did you mean \($0)?)" } ?? ""
            throw error("unknown key '\(key)' for a \(provider.rawValue) account\(hint)", key: key)
        }
        var account = AccountConfig(name: name, provider: provider)
        account.location = location(of: nil)
        for key in table.keys { account.keyLocations[key] = location(of: key) }
        if let seconds = try number("token_command_timeout") {
            guard (1...600).contains(seconds) else {
                throw error(
                    "token_command_timeout must be a number of seconds from 1 to 600, not \(seconds)",
                    key: "token_command_timeout")
            }
            account.commandTimeout = .milliseconds(Int64((seconds * 1000).rounded()))
        }
        account.endpoint = try endpoint("base_url")
        account.token = try credential("token")
        account.timeoutSeconds = try seconds("timeout_seconds")
        switch provider {
        case .selectel:
            account.providerKeys = try strings("provider_keys")
            account.timezone = try zone("timezone")
            account.selectelAuth = try choice("auth", among: SelectelAuth.allCases.map(\.rawValue))
                .flatMap(SelectelAuth.init(rawValue:))
            account.locale = try choice("locale", among: SelectelLocale.allCases.map(\.rawValue))
            account.currency = try currency("currency")
            try require(account.token, "token_env = \"SELECTEL_TOKEN\" (or token_command / token)")
        case .cloudru:
            account.agreementID = try string("agreement_id")
            account.projectIDs = try strings("project_ids") ?? []
            account.keyID = try credential("key_id")
            account.secret = try credential("secret")
            account.iamEndpoint = try endpoint("iam_url")
            account.projectNames = try stringTable("project_names") ?? [:]
            account.serviceNames = try strings("service_names") ?? []
            account.includeVAT = try bool("include_vat") ?? true
            account.timezone = try zone("timezone")
            if let version = try string("api_version") {
                guard let parsed = CloudRuAPIVersion(rawValue: version.lowercased()) else {
                    throw error("api_version must be \"v1\" or \"v2\", not '\(version)'", key: "api_version")
                }
                account.cloudRuAPIVersion = parsed
            }
            try require(account.keyID, "key_id_env = \"CLOUDRU_KEY_ID\" (or key_id_command / key_id)")
            try require(account.secret, "secret_env = \"CLOUDRU_SECRET\" (or secret_command / secret)")
            guard account.agreementID != nil || !account.projectIDs.isEmpty else {
                throw error("needs agreement_id = \"...\" (whole organisation) or project_ids = [\"...\"]")
            }
        case .onapp:
            account.userID = try string("user_id", allowInteger: true)
            account.email = try string("email")
            account.apiKey = try credential("api_key")
            guard account.endpoint != nil else {
                throw error("needs base_url = \"https://your-control-panel\" (OnApp has no global host)")
            }
            account.format = try choice("format", among: ["json", "xml"])
            guard let userID = account.userID else { throw error("needs user_id = ... (the OnApp user to read)") }
            guard let number = Int(userID), number > 0 else {
                throw error("user_id must be a positive whole number (the OnApp user's id)", key: "user_id")
            }
            guard account.email != nil else { throw error("needs email = \"...\" (the login of the API key)") }
            try require(account.apiKey, "api_key_env = \"ONAPP_API_KEY\" (or api_key_command / api_key)")
        case .seeweb:
            account.format = try choice("format", among: ["json", "csv"])
            account.timezone = try zone("timezone")
            account.currency = try currency("currency")
            try require(account.token, "token_env = \"SEEWEB_TOKEN\" (or token_command / token)")
        case .f5xc:
            guard account.endpoint != nil else {
                throw error("needs base_url = \"https://<tenant>.console.ves.volterra.io\"")
            }
            try require(account.token, "token_env = \"F5XC_TOKEN\" (or token_command / token)")
        }
        return account
    }

    private func require(_ value: CredentialSource?, _ example: String) throws(ConfigError) {
        guard value == nil else { return }
        throw error("needs a credential: \(example)")
    }

    /// A string value; control characters are refused without showing the value (it may be a secret).
    private func string(_ key: String, allowInteger: Bool = false) throws(ConfigError) -> String? {
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
    private func number(_ key: String) throws(ConfigError) -> Double? {
        guard let value = table[key] else { return nil }
        if let integer = value.int { return Double(integer) }
        if let double = value.double, double.isFinite { return double }
        throw error("\(key) must be a number", key: key)
    }

    /// A time zone name, checked.
    private func zone(_ key: String) throws(ConfigError) -> String? {
        guard let zone = try string(key) else { return nil }
        guard TimeZone(identifier: zone) != nil else {
            throw error("\(key) '\(zone)' is not a time zone name like Europe/Moscow", key: key)
        }
        return zone
    }

    /// A three-letter currency code such as RUB or EUR, in any case.
    private func currency(_ key: String) throws(ConfigError) -> Currency? {
        guard let code = try string(key) else { return nil }
        guard let currency = Currency(code: code.uppercased()) else {
            throw error("\(key) must be a three-letter currency code like RUB or EUR, not '\(code)'", key: key)
        }
        return currency
    }

    /// One of a few allowed words.
    private func choice(_ key: String, among allowed: [String]) throws(ConfigError) -> String? {
        guard let value = try string(key) else { return nil }
        guard allowed.contains(value.lowercased()) else {
            throw error("\(key) must be one of \(allowed.joined(separator: ", ")), not '\(value)'", key: key)
        }
        return value.lowercased()
    }

    /// A whole number of seconds from 1 to 3600.
    private func seconds(_ key: String) throws(ConfigError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, (1...3_600).contains(number) else {
            throw error("\(key) must be a whole number of seconds from 1 to 3600", key: key)
        }
        return number
    }

    private func bool(_ key: String) throws(ConfigError) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else { throw error("\(key) must be true or false", key: key) }
        return flag
    }

    /// An inline table of strings, e.g. `project_names = { "9f1c…" = "production" }`.
    private func stringTable(_ key: String) throws(ConfigError) -> [String: String]? {
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

    private func strings(_ key: String) throws(ConfigError) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw error("\(key) must be a list like [\"a\", \"b\"]", key: key) }
        var result: [String] = []
        for index in 0..<array.count {
            guard let text = array[index].string else { throw error("\(key) must hold strings only", key: key) }
            result.append(try checked(text, key: key))
        }
        return result
    }

    private func endpoint(_ key: String) throws(ConfigError) -> Endpoint? {
        guard let text = try string(key) else { return nil }
        do { return try Endpoint(text) } catch { throw self.error("\(key): \(error.message)", key: key) }
    }

    /// `X`, `X_env` or `X_command`: exactly one of them, or none; none of them empty.
    private func credential(_ base: String) throws(ConfigError) -> CredentialSource? {
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
