import Config
import CostCore
import Foundation
import Providers
import Testing

@Suite("Config file")
struct ConfigLoaderTests {
    let full = """
        theme = "light"

        [[accounts]]
        name = "selectel-prod"
        provider = "selectel"
        token_env = "SELECTEL_TOKEN"
        provider_keys = ["vpc", "mks"]
        timezone = "Europe/Moscow"

        [[accounts]]
        name = "cloudru"
        provider = "cloudru"
        agreement_id = "agr-1"
        key_id_env = "CLOUDRU_KEY_ID"
        secret_command = "pass show cloudru"

        [[accounts]]
        name = "onapp"
        provider = "onapp"
        base_url = "https://cp.example.net"
        user_id = 42
        email = "ops@example.net"
        api_key_env = "ONAPP_KEY"

        [[accounts]]
        name = "seeweb"
        provider = "seeweb"
        token = "literal-token"

        [[accounts]]
        name = "f5"
        provider = "f5xc"
        base_url = "https://acme.console.ves.volterra.io"
        token_env = "F5_TOKEN"
        """

    @Test func readsEveryProvidersKeys() throws {
        let config = try ConfigLoader.parse(full, file: "config.toml")
        #expect(config.theme == "light")
        #expect(config.accounts.map(\.provider) == [.selectel, .cloudru, .onapp, .seeweb, .f5xc])
        let selectel = config.accounts[0]
        #expect(selectel.token == .environment("SELECTEL_TOKEN"))
        #expect((selectel.settings as? SelectelSettings)?.providerKeys == ["vpc", "mks"])
        #expect(selectel.endpoint == nil)
        let cloud = config.accounts[1]
        #expect((cloud.settings as? CloudRuSettings)?.agreementID == "agr-1")
        #expect(cloud.credentials["key_id"] == .environment("CLOUDRU_KEY_ID"))
        #expect(cloud.credentials["secret"] == .command("pass show cloudru"))
        #expect((config.accounts[2].settings as? OnAppSettings)?.userID == 42)
        #expect(config.accounts[2].endpoint?.baseURL.host == "cp.example.net")
        #expect(config.accounts[3].token == .literal(Secret("literal-token")))
    }

    @Test(arguments: [
        (
            "[[accounts]]\nname = \"a\"\nprovider = \"selctel\"\n",
            "config.toml:3: accounts[1] (a): unknown provider 'selctel'"
        ),
        (
            "[[accounts]]\nname = \"a\"\nprovider = \"selectel\"\ntokn_env = \"X\"\n",
            "config.toml:4: accounts[1] (a): unknown key 'tokn_env' for a selectel account (did you mean token_env?)"
        ),
        ("[[accounts]]\nname = \"a\"\nprovider = \"selectel\"\n", "needs a credential: token_env"),
        (
            "[[accounts]]\nname = \"a\"\nprovider = \"selectel\"\ntoken = \"x\"\ntoken_env = \"Y\"\n",
            "give only one of token, token_env and token_command"
        ),
        (
            "[[accounts]]\nname = \"a\"\nprovider = \"selectel\"\ntoken = \"x\"\nbase_url = \"http://api.selectel.ru\"\n",
            "plain http:// is allowed only to loopback"
        ),
        (
            "[[accounts]]\nname = \"a\"\nprovider = \"selectel\"\ntoken = \"x\"\ntimezone = \"Mars/Olympus\"\n",
            "timezone 'Mars/Olympus'"
        ),
        ("[[accounts]]\nname = \"c\"\nprovider = \"cloudru\"\nkey_id = \"k\"\nsecret = \"s\"\n", "needs agreement_id"),
        (
            "[[accounts]]\nname = \"o\"\nprovider = \"onapp\"\nuser_id = 1\nemail = \"e\"\napi_key = \"k\"\n",
            "OnApp has no global host"
        ),
        ("[[accounts]]\nname = \"f\"\nprovider = \"f5xc\"\ntoken = \"t\"\n", "<tenant>.console.ves.volterra.io"),
        (
            "[[accounts]]\nname = \"a\"\nprovider = \"seeweb\"\ntoken = \"t\"\n[[accounts]]\nname = \"a\"\nprovider = \"seeweb\"\ntoken = \"u\"\n",
            "two accounts are named 'a'"
        ),
        ("theme = \"dark\"\n", "no [[accounts]]"),
        ("colour = 1\n[[accounts]]\n", "config.toml:1: unknown top-level key 'colour'"),
        ("[[accounts]\nname = 1", "config.toml:1:"),
        ("[[accounts]]\nprovider = \"seeweb\"\n", "missing name"),
    ])
    func problemsNameTheFileLineAccountAndKey(text: String, expected: String) {
        do {
            _ = try ConfigLoader.parse(text, file: "config.toml")
            Issue.record("expected an error for:\n\(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func errorsNeverContainSecrets() {
        let text = "[[accounts]]\nname = \"a\"\nprovider = \"seeweb\"\ntoken = \"s3cr3t-value\"\nbogus = 1\n"
        do {
            _ = try ConfigLoader.parse(text, file: "config.toml")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("s3cr3t"))
        }
    }

    @Test func filesOthersCanReadGetAWarning() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString).toml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "[[accounts]]\nname = \"s\"\nprovider = \"seeweb\"\ntoken_env = \"T\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(try ConfigLoader.load(path: path).warnings.first?.contains("chmod 600") == true)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try ConfigLoader.load(path: path).warnings.isEmpty)
    }

    @Test func missingFilesAreNamed() {
        #expect(throws: ConfigError("/nonexistent/config.toml: no such file")) {
            try ConfigLoader.load(path: "/nonexistent/config.toml")
        }
    }

    @Test func searchOrder() {
        #expect(ConfigLoader.path(explicit: "a.toml", environment: ["COSTSCOPE_CONFIG": "b.toml"]) == "a.toml")
        #expect(
            ConfigLoader.path(explicit: nil, environment: ["COSTSCOPE_CONFIG": "b.toml", "HOME": "/h"]) == "b.toml")
        #expect(
            ConfigLoader.path(explicit: nil, environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
                == "/x/costscope/config.toml")
        #expect(ConfigLoader.path(explicit: nil, environment: ["HOME": "/h"]) == "/h/.config/costscope/config.toml")
    }

    @Test func credentialsResolveFromEachSource() throws {
        #expect(try CredentialSource.literal(Secret("a")).resolve().reveal() == "a")
        #expect(try CredentialSource.environment("TOKEN_X").resolve(environment: ["TOKEN_X": " b \n"]).reveal() == "b")
        #expect(try CredentialSource.command("printf 'c\\n'").resolve().reveal() == "c")
        #expect(throws: ConfigError.self) { try CredentialSource.environment("UNSET_X").resolve(environment: [:]) }
        do {
            _ = try CredentialSource.command("printf 'leaked-%s' output; exit 3").resolve()
            Issue.record("expected failure")
        } catch {
            #expect(error.description.contains("exit status 3"))
            #expect(!error.description.contains("leaked-output"))
        }
    }
}
