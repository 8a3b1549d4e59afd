import Foundation
import Providers
import Testing

/// ``SecretRedactor``: every form a credential travels in, overlapping and nested credentials,
/// credentials split by invisible characters, and the minimum length.
@Suite("Secret redactor")
struct SecretRedactorTests {
    static func redactor(_ values: String...) -> SecretRedactor {
        let redactor = SecretRedactor()
        for value in values { redactor.register(value) }
        return redactor
    }

    @Test("A credential is redacted as written, in base64, Basic, JSON-escaped and percent-encoded forms")
    func everyForm() {
        let value = "s3cr3t/token+value?"
        let redactor = Self.redactor(value)
        let base64 = Data(value.utf8).base64EncodedString()
        let urlSafe = base64.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let samples = [
            value, base64, String(base64.prefix { $0 != "=" }), "Basic \(base64)", urlSafe,
            value.replacingOccurrences(of: "/", with: "\\/"),
            value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!,
        ]
        for sample in samples {
            let redacted = redactor.redact("before \(sample) after")
            #expect(!redacted.contains(sample), "\(sample) survived: \(redacted)")
            #expect(redacted.hasPrefix("before "), "\(redacted)")
            #expect(redacted == "before <redacted> after" || redacted == "before Basic <redacted> after", "\(redacted)")
            #expect(redacted.contains(SecretRedactor.mark))
        }
        #expect(redactor.redact("Authorization: Basic \(base64)") == "Authorization: Basic <redacted>")
    }

    @Test("Overlapping credentials are merged into one mark, leaving no part of either")
    func overlapping() {
        let redactor = Self.redactor("abcdefgh12", "gh12345678")
        #expect(redactor.redact("xxabcdefgh12345678yy") == "xx\(SecretRedactor.mark)yy")
        #expect(redactor.redact("abcdefgh12 and gh12345678") == "<redacted> and <redacted>")
    }

    @Test("A credential inside another is redacted alone and within the longer one")
    func nested() {
        let redactor = Self.redactor("token-12345678-long", "12345678")
        #expect(redactor.redact("a token-12345678-long b 12345678 c") == "a <redacted> b <redacted> c")
        #expect(redactor.redact("id=12345678.") == "id=<redacted>.")
    }

    @Test("A credential split by an escape sequence, a zero-width space or a newline is still redacted")
    func splitByInvisibleCharacters() {
        let redactor = Self.redactor("sim-selectel-token")
        for separator in ["\u{1B}", "\u{200B}", "\u{202E}", "\n", "\u{9B}", "\u{7F}"] {
            let text = "invalid: sim-sel\(separator)ectel-token!"
            #expect(
                redactor.redact(text) == "invalid: <redacted>!", "separator U+\(separator.unicodeScalars.first!.value)")
        }
        // A visible character in between makes it another word, left alone.
        #expect(redactor.redact("sim-sel ectel-token") == "sim-sel ectel-token")
    }

    @Test("Values shorter than the minimum length are not redacted, so words stay intact")
    func shortValuesAreLeftAlone() {
        let short = String(repeating: "k", count: SecretRedactor.minimumLength - 1)
        let redactor = Self.redactor(short, "pass")
        #expect(redactor.redact("a kkkkkkk pass word") == "a kkkkkkk pass word")
        let long = String(repeating: "k", count: SecretRedactor.minimumLength)
        redactor.register(long)
        #expect(redactor.redact("a \(long) b") == "a <redacted> b")
    }

    @Test("Text without credentials, and an empty redactor, change nothing")
    func nothingToDo() {
        #expect(SecretRedactor().redact("plain text ✓ 12345678") == "plain text ✓ 12345678")
        #expect(Self.redactor("zzzzzzzzzz").redact("") == "")
        #expect(Self.redactor("zzzzzzzzzz").redact("a ✓ b 🇮🇹") == "a ✓ b 🇮🇹")
    }

    @Test("Creating a Secret makes it known to every message")
    func secretsRegisterThemselves() {
        let value = "registered-\(UUID().uuidString)"
        _ = Secret(value)
        let quoted = ServerText("server says: \(value)")
        #expect(quoted.text == "server says: <redacted>")
        let error = ProviderError(
            provider: .selectel, account: "a", endpoint: "GET /x", kind: .transport(.other("header \(value)")))
        #expect(!error.description.contains(value))
        #expect(ErrorText.of(TransportError.other("x \(value)")) == "x <redacted>")
    }
}
