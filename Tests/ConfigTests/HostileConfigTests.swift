import Config
import Foundation
import Providers
import Testing

/// Config files and credential sources built to break the loader: each problem is one sentence
/// naming the file, the line (and column, for bytes) and the key, never a secret's value.
@Suite("Hostile config files")
struct HostileConfigTests {
    static let accountA = "[[accounts]]\nname = \"a\"\nprovider = \"seeweb\"\ntoken = \"t\"\n"
    static let accountB = "[[accounts]]\nname = \"b\"\nprovider = \"seeweb\"\ntoken = \"u\"\n"

    /// A file holding `bytes`, removed by the caller.
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).toml")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return path
    }

    func loadError(_ path: String) -> String? {
        do {
            _ = try ConfigLoader.load(path: path)
            return nil
        } catch {
            return error.message
        }
    }

    func parseError(_ text: String) -> String? {
        do {
            _ = try ConfigLoader.parse(text, file: "config.toml")
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aNulByteIsRefusedWhereItIsInsteadOfEndingTheFile() throws {
        // TOML parsers in C stop at the NUL: account b would silently vanish.
        let path = try file(Array((Self.accountA + "# x").utf8) + [0] + Array(("\n" + Self.accountB).utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(loadError(path) == "\(path):5:4: a NUL byte; the config file must be plain UTF-8 text")
        #expect(parseError(Self.accountA + "\0" + Self.accountB)?.hasPrefix("config.toml:5:1: a NUL byte") == true)
    }

    @Test func invalidUTF8IsRefusedWithLineAndColumn() throws {
        let path = try file(Array("[[accounts]]\nname = \"é".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            loadError(path)?.hasPrefix("\(path):2:10: bytes that are not UTF-8") == true, "\(loadError(path) ?? "")")
    }

    @Test(arguments: [
        ("name = \"prod\\u001b[2J\"", "config.toml:2: accounts[1]: name contains a control character (U+001B)"),
        ("name = \"a\\tb\"", "config.toml:2: accounts[1]: name contains a control character (U+0009)"),
        ("name = \"a\\u009bb\"", "config.toml:2: accounts[1]: name contains a control character (U+009B)"),
    ])
    func controlCharactersInANameAreRefused(line: String, expected: String) {
        let text = "[[accounts]]\n\(line)\nprovider = \"seeweb\"\ntoken = \"t\"\n"
        #expect(parseError(text) == expected + "; remove it")
    }

    @Test func controlCharactersInOtherShownStringsAreRefused() {
        let onApp = """
            [[accounts]]
            name = "o"
            provider = "onapp"
            base_url = "https://cp.example.net"
            user_id = 1
            email = "ops@example.net\\u0007"
            api_key = "k"
            """
        #expect(
            parseError(onApp)?.hasPrefix("config.toml:6: accounts[1] (o): email contains a control character") == true)
        let cloud = """
            [[accounts]]
            name = "c"
            provider = "cloudru"
            project_ids = ["p1", "p\\n2"]
            key_id = "k"
            secret = "s"
            """
        #expect(parseError(cloud)?.hasPrefix("config.toml:4: accounts[1] (c): project_ids contains") == true)
        #expect(
            parseError("theme = \"da\\u001brk\"\n" + Self.accountA)?.hasPrefix("config.toml:1: theme contains") == true)
    }

    @Test(arguments: [
        ("name = \"s\"\nprovider = \"seeweb\"\ntoken = \"hunter2\\r\\nX-Evil: 1\"", "4: accounts[1] (s): token"),
        (
            "name = \"c\"\nprovider = \"cloudru\"\nagreement_id = \"g\"\nkey_id = \"hunter2\\u001b\"\nsecret = \"s\"",
            "5: accounts[1] (c): key_id"
        ),
        (
            "name = \"c\"\nprovider = \"cloudru\"\nagreement_id = \"g\"\nkey_id = \"k\"\nsecret = \"hunter2\\n\"",
            "6: accounts[1] (c): secret"
        ),
        (
            "name = \"o\"\nprovider = \"onapp\"\nbase_url = \"https://cp.example.net\"\nuser_id = 1\nemail = \"e\"\napi_key = \"hunter2\\u007f\"",
            "7: accounts[1] (o): api_key"
        ),
    ])
    func aLiteralCredentialWithAControlCharacterIsRefusedWithoutItsValue(body: String, expected: String) {
        let message = parseError("[[accounts]]\n" + body + "\n")
        #expect(message?.hasPrefix("config.toml:\(expected) contains a control character") == true, "\(message ?? "")")
        #expect(message?.contains("hunter2") == false)
    }

    @Test(arguments: [
        ("token = \"\"", "config.toml:4: accounts[1] (a): token is empty; give the token or remove the key"),
        ("token_env = \"\"", "config.toml:4: accounts[1] (a): token_env is empty; give the token or remove the key"),
        ("token_command = \"  \"", "config.toml:4: accounts[1] (a): token_command is empty"),
    ])
    func anEmptyCredentialIsAnError(line: String, expected: String) {
        let message = parseError("[[accounts]]\nname = \"a\"\nprovider = \"selectel\"\n\(line)\n")
        #expect(message?.hasPrefix(expected) == true, "\(message ?? "")")
    }

    @Test(arguments: [
        ("accounts = []\n", "config.toml:1: accounts is empty"),
        (
            HostileConfigTests.accountA + "[[accounts]]\nprovider = \"seeweb\"\n",
            "config.toml:5: accounts[2]: missing name"
        ),
        (
            HostileConfigTests.accountA + "\n[[accounts]]\nname = \"b\"\n",
            "config.toml:6: accounts[2] (b): missing provider"
        ),
        (
            "[[accounts]]\nname = \"c\"\nprovider = \"cloudru\"\nkey_id = \"k\"\nsecret = \"s\"\n",
            "config.toml:1: accounts[1] (c): needs agreement_id"
        ),
        (
            "[[accounts]]\nname = \"c\"\nprovider = \"cloudru\"\nagreement_id = \"x\"\nsecret = \"s\"\n",
            "config.toml:1: accounts[1] (c): needs a credential: key_id_env"
        ),
        (
            "[[accounts]]\nname = \"o\"\nprovider = \"onapp\"\nbase_url = \"https://cp.example.net\"\napi_key = \"k\"\nuser_id = 3\n",
            "config.toml:1: accounts[1] (o): needs email"
        ),
        (
            "[[accounts]]\nname = \"o\"\nprovider = \"onapp\"\nbase_url = \"https://cp.example.net\"\napi_key = \"k\"\n",
            "config.toml:1: accounts[1] (o): needs user_id"
        ),
        (
            "[[accounts]]\nname = \"o\"\nprovider = \"onapp\"\nbase_url = \"https://cp.example.net\"\napi_key = \"k\"\nemail = \"e\"\nuser_id = \"abc\"\n",
            "config.toml:7: accounts[1] (o): user_id must be a positive whole number"
        ),
        (
            HostileConfigTests.accountA + "token_command_timeout = 0\n",
            "config.toml:5: accounts[1] (a): token_command_timeout must be a number of seconds from 1 to 600"
        ),
    ])
    func everyProblemHasALine(text: String, expected: String) {
        let message = parseError(text)
        #expect(message?.hasPrefix(expected) == true, "\(message ?? "")")
    }

    @Test func everyKeyIsLocatedForLaterMessages() throws {
        let config = try ConfigLoader.parse(
            Self.accountA
                + "\n[[accounts]]\nname = \"b\"\nprovider = \"selectel\"\ntoken_env = \"B\"\ntoken_command_timeout = 2.5\n",
            file: "c.toml")
        #expect(config.accounts[1].location == "c.toml:6")
        #expect(config.accounts[1].keyLocations["token_env"] == "c.toml:9")
        #expect(config.accounts[1].commandTimeout == .milliseconds(2500))
        #expect(config.accounts[0].commandTimeout == .seconds(30))
    }

    @Test func aDirectoryAFifoAndADeviceAreNamedNotRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cfgdir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(
            loadError(directory.path)
                == "\(directory.path) is a directory, not a config file (give the path of a regular file)")
        let fifo = directory.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Nobody writes to it: reading it would block for ever.
        #expect(loadError(fifo)?.hasPrefix("\(fifo) is a pipe (FIFO), not a config file") == true)
        #expect(loadError("/dev/null")?.hasPrefix("/dev/null is a character device") == true)
    }
}
