import CostCore
import Testing

@Suite("Control characters")
struct ControlCharactersTests {
    @Test func everyC0DelAndC1ControlIsAControlAndNothingElseIs() {
        for value in UInt32(0)...0x2FF {
            let scalar = Unicode.Scalar(value)!
            let expected = value < 0x20 || (0x7F...0x9F).contains(value)
            #expect(ControlCharacters.isControl(scalar) == expected, "U+\(String(value, radix: 16))")
            #expect(
                ControlCharacters.occur(in: "a" + String(scalar) + "b") == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test func terminalSequencesLoseTheirIntroducers() {
        let hostile = "\u{1B}[2Jtitle\u{1B}]0;owned\u{07}\u{1B}]52;c;b3duZWQ=\u{07}\u{9B}31mred\u{7F}\u{0}"
        let clean = ControlCharacters.replaced(in: hostile)
        #expect(
            clean
                == "\u{FFFD}[2Jtitle\u{FFFD}]0;owned\u{FFFD}\u{FFFD}]52;c;b3duZWQ=\u{FFFD}\u{FFFD}31mred\u{FFFD}\u{FFFD}"
        )
        #expect(!ControlCharacters.occur(in: clean))
    }

    @Test func whitespaceControlsBecomeSpaces() {
        #expect(ControlCharacters.replaced(in: "a\nb\r\nc\td\u{0B}e\u{0C}f\u{85}g") == "a b  c d e f g")
    }

    @Test func cleanTextIsReturnedAsItIs() {
        for text in ["", "web-01", "Сервер №1 · Москва", "日本語 ✓", "\u{A0}non-breaking", "emoji 👍🏽"] {
            #expect(ControlCharacters.replaced(in: text) == text)
            #expect(!ControlCharacters.occur(in: text))
        }
    }
}
