import CostCore
import Foundation
import Providers

/// Where a secret comes from: written in the file, an environment variable, or a command's output.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// The secret itself, written in the config file (for local simulators and throwaway keys).
    case literal(Secret)
    /// The value of an environment variable.
    case environment(String)
    /// The first line of a shell command's standard output (e.g. `pass show selectel`).
    case command(String)

    /// How long a command may run before it is stopped, unless the account sets `token_command_timeout`.
    public static let defaultCommandTimeout: Duration = .seconds(30)

    /// Describes the source without revealing the secret, or the command's arguments (which may hold one).
    public var description: String {
        switch self {
        case .literal: "a value in the config file"
        case .environment(let name): "environment variable \(name)"
        case .command(let command): "the output of a command (\(CredentialSource.commandName(command)))"
        }
    }

    /// The config key this source is written as, for the credential `base` (`token`, `key_id`, ...).
    public func key(for base: String) -> String {
        switch self {
        case .literal: base
        case .environment: base + "_env"
        case .command: base + "_command"
        }
    }

    /// Reads the credential configured as `base` (`token`, `key_id`, `secret`, `api_key`).
    /// Errors name the key and, for a command, only its first word: never the value, the
    /// command's arguments or its output. A value with a control character is refused, since
    /// no HTTP header may carry one.
    public func resolve(
        _ base: String = "token", environment: [String: String] = ProcessInfo.processInfo.environment,
        commandTimeout: Duration = CredentialSource.defaultCommandTimeout
    ) throws(ConfigError) -> Secret {
        let noun = Self.noun(for: base)
        let value: String
        switch self {
        case .literal(let secret):
            value = secret.reveal()
            guard !value.isEmpty else { throw ConfigError("\(base) is empty") }
            try Self.refuseControls(in: value, "the \(noun) in the config file")
        case .environment(let name):
            guard let text = environment[name], !text.isEmpty else {
                throw ConfigError(
                    "\(base)_env: environment variable \(name) is not set (export it, or use \(base)_command)")
            }
            value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw ConfigError("\(base)_env: environment variable \(name) is blank") }
            try Self.refuseControls(in: value, "the \(noun) from \(base)_env (\(name))")
        case .command(let command):
            value = try Self.firstLine(of: command, key: base + "_command", noun: noun, timeout: commandTimeout)
        }
        return Secret(value)
    }

    /// `token` → "token", `key_id` → "key id": the credential's name in a sentence.
    public static func noun(for base: String) -> String { base.replacingOccurrences(of: "_", with: " ") }

    /// The word a message may show for `command`: its program, skipping `NAME=value` assignments
    /// in front of it (which may hold a secret) and never any argument.
    public static func commandName(_ command: String) -> String {
        let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let program = words.first { word in
            guard let equals = word.firstIndex(of: "=") else { return true }
            return !word[..<equals].allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        }
        return program.map(String.init) ?? "sh"
    }

    private static func refuseControls(in value: String, _ what: String) throws(ConfigError) {
        guard PlainText.firstControl(in: value) != nil else { return }
        throw ConfigError("\(what) contains a control character; no HTTP header may carry one")
    }

    /// Runs `command` and takes the first line of its output, as `pass show` users expect (the
    /// password first, notes after it), without the trailing CR and spaces.
    private static func firstLine(of command: String, key: String, noun: String, timeout: Duration)
        throws(ConfigError) -> String
    {
        let name = "\(key) (\(commandName(command)))"
        let bytes: [UInt8]
        switch CredentialCommand(command: command, timeout: timeout).run() {
        case .output(let output): bytes = output
        case .failed(let status): throw ConfigError("\(name) failed with exit status \(status)")
        case .killed(let signal): throw ConfigError("\(name) was killed by signal \(signal)")
        case .timedOut:
            throw ConfigError("\(name) did not finish within \(seconds(timeout)) and was stopped")
        case .notStarted: throw ConfigError("\(name) could not be started (is /bin/sh there?)")
        }
        guard !bytes.isEmpty else { throw ConfigError("\(name) printed nothing") }
        let line = bytes.prefix { $0 != UInt8(ascii: "\n") }
        guard let text = String(validating: line, as: UTF8.self) else {
            throw ConfigError("the \(noun) from \(key) is not UTF-8 text")
        }
        let value = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
        guard !value.isEmpty else { throw ConfigError("\(name) printed an empty first line") }
        try refuseControls(in: value, "the \(noun) from \(key)")
        return value
    }

    /// `30 s`, or `0.2 s` for the short timeouts of tests.
    private static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let tenths = attoseconds / 100_000_000_000_000_000
        return tenths == 0 ? "\(whole) s" : "\(whole).\(tenths) s"
    }
}
