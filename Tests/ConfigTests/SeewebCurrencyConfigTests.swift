import Config
import CostCore
import Providers
import Testing

/// `currency` for a Seeweb account: the fallback when its amounts are not in euro.
@Suite("Config file: Seeweb currency")
struct SeewebCurrencyConfigTests {
    static func text(_ extra: String) -> String {
        "[[accounts]]\nname = \"s\"\nprovider = \"seeweb\"\ntoken_env = \"T\"\n" + extra
    }

    static func account(_ extra: String) throws -> AccountConfig {
        try #require(try ConfigLoader.parse(text(extra), file: "config.toml").accounts.first)
    }

    @Test("A three-letter code in any case is read; without the key the provider's default (EUR) applies")
    func currencyIsRead() throws {
        func currency(_ text: String) throws -> Currency? {
            try #require(Self.account(text).settings as? SeewebSettings).currency
        }
        #expect(try currency("currency = \"usd\"\n") == .usd)
        #expect(try currency("currency = \"EUR\"\n") == .eur)
        #expect(try currency("") == nil)
    }

    @Test("Anything else is refused naming the file, line and key")
    func badCurrencyIsRefused() {
        for value in ["\"euro\"", "\"€\"", "978"] {
            do {
                _ = try ConfigLoader.parse(Self.text("currency = \(value)\n"), file: "config.toml")
                Issue.record("expected an error for \(value)")
            } catch {
                #expect(
                    error.description.hasPrefix("config.toml:5: accounts[1] (s): currency must be"),
                    "\(error.description)")
            }
        }
    }
}
