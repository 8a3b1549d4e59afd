import Config
import CostCore
import Providers
import Testing

@Suite("Config file: Selectel choices")
struct SelectelConfigTests {
    func account(_ lines: String) throws(ConfigError) -> AccountConfig {
        let text = "[[accounts]]\nname = \"sel\"\nprovider = \"selectel\"\ntoken = \"t\"\n" + lines
        return try ConfigLoader.parse(text, file: "config.toml").accounts[0]
    }

    @Test func authLocaleAndCurrencyAreRead() throws {
        let configured = try account("auth = \"x-auth-token\"\nlocale = \"ru\"\ncurrency = \"eur\"\n")
        let settings = try #require(configured.settings as? SelectelSettings)
        #expect(settings.auth == .xAuthToken)
        #expect(settings.locale == "ru")
        #expect(settings.currency?.code == "EUR")
        let plain = try #require(try account("").settings as? SelectelSettings)
        #expect(plain.auth == nil)
        #expect(plain.locale == nil)
        #expect(plain.currency == nil)
    }

    @Test(arguments: [
        (
            "auth = \"bearer\"\n",
            "config.toml:5: accounts[1] (sel): auth must be one of x-token, x-auth-token, not 'bearer'"
        ),
        ("locale = \"de\"\n", "config.toml:5: accounts[1] (sel): locale must be one of en, ru, not 'de'"),
        ("currency = \"roubles\"\n", "config.toml:5: accounts[1] (sel): currency must be a three-letter currency code"),
        ("locale = 1\n", "config.toml:5: accounts[1] (sel): locale must be a string"),
    ])
    func badValuesNameTheLine(line: String, expected: String) {
        do {
            _ = try account(line)
            Issue.record("expected an error for \(line)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
