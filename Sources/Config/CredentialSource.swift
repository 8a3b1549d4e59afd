import Foundation
import Providers

/// Where a secret comes from: written in the file, an environment variable, or a command's output.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// The secret itself, written in the config file (for local simulators and throwaway keys).
    case literal(Secret)
    /// The value of an environment variable.
    case environment(String)
    /// The standard output of a shell command (e.g. `pass show selectel`), trimmed.
    case command(String)

    /// Describes the source without revealing the secret.
    public var description: String {
        switch self {
        case .literal: "a value in the config file"
        case .environment(let name): "environment variable \(name)"
        case .command(let command): "the output of `\(command)`"
        }
    }

    /// Reads the secret. Errors say which source failed and never contain its value or output.
    public func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError)
        -> Secret
    {
        switch self {
        case .literal(let secret):
            return secret
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw ConfigError("environment variable \(name) is not set (export it, or use token_command)")
            }
            return Secret(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case .command(let command):
            return try CredentialSource.run(command)
        }
    }

    private static func run(_ command: String) throws(ConfigError) -> Secret {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw ConfigError("could not run `\(command)`") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ConfigError("`\(command)` failed with exit status \(process.terminationStatus)")
        }
        let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { throw ConfigError("`\(command)` printed nothing") }
        return Secret(value)
    }
}
