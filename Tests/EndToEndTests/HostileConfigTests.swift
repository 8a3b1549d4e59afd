import CostCore
import Foundation
import Simulator
import Testing

/// Hostile config files and credentials given to the real binary: each ends with a precise
/// one-line message and the right exit status, never a hang, and no secret in any output.
@Suite("Hostile configs, end to end")
struct HostileConfigTests {
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    static let password = "hunter2-never-shown"

    /// A private config file holding `text`.
    func writeConfig(_ text: String) throws -> String {
        try writeConfig(Array(text.utf8))
    }

    func writeConfig(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).toml")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    /// A Selectel account on `port` whose token comes from `credential` (a config line).
    func selectel(port: Int, _ credential: String) -> String {
        "[[accounts]]\nname = \"prod\"\nprovider = \"selectel\"\nbase_url = \"http://127.0.0.1:\(port)\"\n\(credential)\n"
    }

    /// `report` on yesterday for the config at `path`.
    func report(_ path: String, environment: [String: String] = [:]) async throws -> Binary.Result {
        try await CacheSandbox.offThePool(
            ["report", "--config", path, "--range", "yesterday", "--tz", "UTC", "--format", "json", "--no-cache"],
            environment: environment)
    }

    /// The one line of standard error, when there is exactly one.
    func oneLine(_ result: Binary.Result) -> String? {
        let lines = result.stderr.split(separator: "\n")
        return lines.count == 1 ? String(lines[0]) : nil
    }

    @Test func aMultiLineTokenCommandIsReadByItsFirstLine() async throws {
        let simulator = try await Simulator.start(SimulatorConfiguration(now: Self.now))
        // As `pass show` prints it: the password, then notes; with Windows line ends for good measure.
        let path = try writeConfig(
            selectel(
                port: simulator.port,
                "token_command = \"printf '%s\\\\r\\\\nurl: my.selectel.ru\\\\n' \(SimulatorCredentials.selectelToken)\""
            ))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await report(path)
        await simulator.stop()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"RUB\""), "\(result.stdout)")
        #expect(!result.stdout.contains(SimulatorCredentials.selectelToken))
    }

    @Test func aTokenWithAControlCharacterIsRefusedBeforeAnyRequest() async throws {
        let path = try writeConfig(selectel(port: 9, "token_env = \"COSTSCOPE_TEST_HOSTILE_TOKEN\""))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await report(
            path, environment: ["COSTSCOPE_TEST_HOSTILE_TOKEN": "\(Self.password)\r\nX-Injected: 1"])
        #expect(result.status == 1)
        #expect(
            oneLine(result)
                == "costscope: \(path):5: account 'prod' (selectel): the token from token_env (COSTSCOPE_TEST_HOSTILE_TOKEN) contains a control character; no HTTP header may carry one",
            "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains(Self.password))
        #expect(!result.stderr.contains("invalidHeaderFieldValues"))
    }

    @Test func aFailingTokenCommandShowsNeitherItsArgumentsNorItsOutput() async throws {
        let path = try writeConfig(
            selectel(
                port: 9,
                "token_command = \"echo \(Self.password) >&2; echo \(Self.password); vault-read --password=\(Self.password) 2>/dev/null || exit 3\""
            ))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await report(path)
        #expect(result.status == 1)
        #expect(
            oneLine(result)
                == "costscope: \(path):5: account 'prod' (selectel): token_command (echo) failed with exit status 3",
            "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains(Self.password))
    }

    @Test(.timeLimit(.minutes(1)))
    func aHangingTokenCommandIsStoppedAtTheConfiguredTimeout() async throws {
        let path = try writeConfig(
            selectel(port: 9, "token_command = \"sleep 1000\"\ntoken_command_timeout = 1"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await report(path)
        #expect(result.status == 1)
        #expect(
            oneLine(result)
                == "costscope: \(path):5: account 'prod' (selectel): token_command (sleep) did not finish within 1 s and was stopped",
            "\(result.stderr)")
    }

    @Test func anUnsetVariableIsNamedWithItsLine() async throws {
        let path = try writeConfig(selectel(port: 9, "token_env = \"COSTSCOPE_TEST_UNSET_TOKEN\""))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try await report(path)
        #expect(result.status == 1)
        #expect(
            oneLine(result)
                == "costscope: \(path):5: account 'prod' (selectel): token_env: environment variable COSTSCOPE_TEST_UNSET_TOKEN is not set (export it, or use token_command)",
            "\(result.stderr)")
    }

    @Test func aNulByteStopsTheRunInsteadOfDroppingTheAccountsAfterIt() throws {
        let first = "[[accounts]]\nname = \"a\"\nprovider = \"seeweb\"\ntoken = \"t\"\n# "
        let path = try writeConfig(
            Array(first.utf8) + [0] + Array("\n[[accounts]]\nname = \"b\"\nprovider = \"seeweb\"\ntoken = \"u\"\n".utf8)
        )
        defer { try? FileManager.default.removeItem(atPath: path) }
        for arguments in [["report", "--config", path], ["--config", path, "--snapshot", "80x24"]] {
            let result = try Binary.run(arguments)
            #expect(result.status == 1)
            #expect(
                oneLine(result)
                    == "Error: \(path):5:3: a NUL byte; the config file must be plain UTF-8 text",
                "\(result.stderr)")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aDirectoryAFifoAndStandardInputAreNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fifo = directory + "/config.toml"
        #expect(mkfifo(fifo, 0o600) == 0)
        let cases = [
            (directory, "is a directory, not a config file"),
            (fifo, "is a pipe (FIFO), not a config file"),
            ("/dev/stdin", "is a character device (such as a terminal), not a config file"),
        ]
        for (path, expected) in cases {
            let result = try Binary.run(["report", "--config", path])
            #expect(result.status == 1)
            #expect(
                oneLine(result) == "Error: \(path) \(expected) (give the path of a regular file)", "\(result.stderr)")
        }
    }

    @Test func anEmptyTokenAndAnEmptyAccountListAreErrors() throws {
        let empty = try writeConfig(selectel(port: 9, "token = \"\""))
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let emptyToken = try Binary.run(["report", "--config", empty])
        #expect(emptyToken.status == 1)
        #expect(
            oneLine(emptyToken)
                == "Error: \(empty):5: accounts[1] (prod): token is empty; give the token or remove the key",
            "\(emptyToken.stderr)")
        let none = try writeConfig("accounts = []\n")
        defer { try? FileManager.default.removeItem(atPath: none) }
        let noAccounts = try Binary.run(["report", "--config", none])
        #expect(noAccounts.status == 1)
        #expect(oneLine(noAccounts)?.hasPrefix("Error: \(none):1: accounts is empty") == true, "\(noAccounts.stderr)")
    }

    @Test func aControlCharacterInANameIsRefusedWithItsLine() throws {
        let path = try writeConfig(
            "[[accounts]]\nname = \"prod\\u001b]0;pwned\\u0007\"\nprovider = \"seeweb\"\ntoken = \"t\"\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Binary.run(["report", "--config", path])
        #expect(result.status == 1)
        #expect(
            oneLine(result)
                == "Error: \(path):2: accounts[1]: name contains a control character (U+001B); remove it",
            "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1b}"))
    }
}
