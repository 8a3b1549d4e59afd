import Foundation
import Providers
import Testing

/// ``MessageSanitizer`` and ``ServerText``: quoted server text cannot drive the terminal, start
/// a line, or run on, and a cut never leaves part of a credential.
@Suite("Message sanitiser")
struct MessageSanitizerTests {
    @Test("Escape sequences, OSC, C1 CSI, DEL and bidirectional controls are shown escaped")
    func controlsAreEscaped() {
        #expect(MessageSanitizer.clean("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(MessageSanitizer.clean("\u{1B}]52;c;ZXZpbA==\u{07}") == "\\u{1B}]52;c;ZXZpbA==\\u{7}")
        #expect(MessageSanitizer.clean("x\u{9B}31my") == "x\\u{9B}31my")
        #expect(MessageSanitizer.clean("d\u{7F}e\u{0}f") == "d\\u{7F}e\\u{0}f")
        #expect(MessageSanitizer.clean("abc\u{202E}fed") == "abc\\u{202E}fed")
        #expect(MessageSanitizer.clean("zero\u{200B}width") == "zero\\u{200B}width")
    }

    @Test("Line breaks and tabs become one space")
    func breaksBecomeSpaces() {
        #expect(MessageSanitizer.clean("one\ntwo\r\nthree\u{2028}four\tfive") == "one two three four five")
        #expect(MessageSanitizer.clean("a\u{85}b") == "a b")
    }

    @Test("Printable text, accents and emoji pass unchanged")
    func printableTextIsKept() {
        let text = "Счёт 1 234,50 € — “ok” 🇮🇹 | a\\b"
        #expect(MessageSanitizer.clean(text) == text)
    }

    @Test("Quoted text is cut to the limit with an ellipsis")
    func cut() {
        let long = String(repeating: "x", count: 500)
        let quoted = ServerText(long)
        #expect(quoted.text.count == MessageSanitizer.quoteLimit)
        #expect(quoted.text.hasSuffix("…"))
        #expect(ServerText("short").text == "short")
    }

    @Test("A credential straddling the cut is redacted before cutting, leaving none of it")
    func redactedBeforeTheCut() {
        let value = "straddling-\(UUID().uuidString)"
        _ = Secret(value)
        let text = String(repeating: "a", count: MessageSanitizer.quoteLimit - 5) + value + " tail"
        let quoted = ServerText(text)
        #expect(!quoted.text.contains(value.prefix(4)), "\(quoted.text)")
        #expect(quoted.text.count <= MessageSanitizer.quoteLimit)
    }

    @Test("A provider error quoting a hostile message is one printable line")
    func providerErrorIsOneLine() {
        let error = ProviderError(
            provider: .f5xc, account: "f5", endpoint: "POST /x",
            kind: .rejected(status: 400, message: ServerText("bad\n\u{1B}[31mred\u{1B}]0;title\u{07}")))
        #expect(
            error.description
                == #"F5 Distributed Cloud (f5) POST /x: 400 rejected: bad \u{1B}[31mred\u{1B}]0;title\u{7}"#)
        let malformed = ProviderError(
            provider: .selectel, account: "s", endpoint: "GET /y", kind: .malformedResponse("value 'a\u{1B}b\nc'"))
        #expect(malformed.description == #"Selectel (s) GET /y: malformed answer: value 'a\u{1B}b c'"#)
    }

    @Test("A value quoted from an answer is escaped, and a credential in it is redacted before the cut")
    func quotedValues() throws {
        #expect(ServerText.quote("it's a \\ b") == #"'it\'s a \\ b'"#)
        #expect(ServerText.quote("\u{1B}[2J\n12") == #"'\u{1B}[2J 12'"#)
        let value = "amount-field-credential-\(UUID().uuidString)-\(UUID().uuidString)"
        _ = Secret(value)
        #expect(ServerText.quote("x" + value, limit: 20) == "'x<redacted>'")
        let body = #"{"status":"success","data":[{"value":"\u001b]0;title\u0007 12","period":"2026-03-01T00:00:00"}]}"#
        do {
            _ = try SelectelConsumptionRow.decodeList(Array(body.utf8))
            Issue.record("a string that is no number was read")
        } catch {
            #expect(error.message.contains(#"value '\u{1B}]0;title\u{7} 12' is not a number of kopecks"#), "\(error)")
        }
        let secretBody = #"{"status":"success","data":[{"value":"\#(value)","period":"2026-03-01T00:00:00"}]}"#
        do {
            _ = try SelectelConsumptionRow.decodeList(Array(secretBody.utf8))
            Issue.record("a credential was read as an amount")
        } catch {
            #expect(error.message.contains("value '<redacted>'"), "\(error)")
            #expect(!error.message.contains(value.prefix(12)))
        }
    }
}
