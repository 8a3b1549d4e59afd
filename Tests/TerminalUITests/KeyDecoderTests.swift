import CNCursesW
import TerminalKit
import Testing

@testable import TerminalUI

@Suite("Key decoding")
struct KeyDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let input: RawKeyInput
        let key: Key?
        var testDescription: String { "\(input) → \(String(describing: key))" }
    }

    @Test(
        "raw ncurses input decodes to keys",
        arguments: [
            Case(input: .character(UInt32(UInt8(ascii: "j"))), key: .character("j")),
            Case(input: .character(UInt32(UInt8(ascii: "?"))), key: .character("?")),
            Case(input: .character(UInt32(UInt8(ascii: " "))), key: .character(" ")),
            Case(input: .character(0x0416), key: .character("Ж")),
            Case(input: .character(0x0441), key: .character("с")),
            Case(input: .character(0x6F22), key: .character("漢")),
            Case(input: .character(13), key: .enter),
            Case(input: .character(10), key: .enter),
            Case(input: .character(9), key: .tab),
            Case(input: .character(27), key: .escape),
            Case(input: .character(127), key: .backspace),
            Case(input: .character(8), key: .backspace),
            Case(input: .character(1), key: .control("a")),
            Case(input: .character(3), key: .control("c")),
            Case(input: .character(12), key: .control("l")),
            Case(input: .character(26), key: .control("z")),
            Case(input: .character(0), key: nil),
            Case(input: .character(0x1C), key: nil),
            Case(input: .character(0x85), key: nil),
            Case(input: .keyCode(KEY_UP), key: .up),
            Case(input: .keyCode(KEY_DOWN), key: .down),
            Case(input: .keyCode(KEY_LEFT), key: .left),
            Case(input: .keyCode(KEY_RIGHT), key: .right),
            Case(input: .keyCode(KEY_ENTER), key: .enter),
            Case(input: .keyCode(KEY_BACKSPACE), key: .backspace),
            Case(input: .keyCode(KEY_DC), key: .delete),
            Case(input: .keyCode(KEY_BTAB), key: .backTab),
            Case(input: .keyCode(KEY_PPAGE), key: .pageUp),
            Case(input: .keyCode(KEY_NPAGE), key: .pageDown),
            Case(input: .keyCode(KEY_HOME), key: .home),
            Case(input: .keyCode(KEY_END), key: .end),
            Case(input: .keyCode(KEY_FIND), key: .home),
            Case(input: .keyCode(KEY_SELECT), key: .end),
            Case(input: .keyCode(KEY_F0 + 1), key: .function(1)),
            Case(input: .keyCode(KEY_F0 + 12), key: .function(12)),
            Case(input: .keyCode(KEY_F0 + 13), key: nil),
            Case(input: .keyCode(KEY_RESIZE), key: nil),
            Case(input: .keyCode(KEY_MOUSE), key: nil),
        ]
    )
    func decode(_ testCase: Case) {
        #expect(KeyDecoder.decode(testCase.input) == testCase.key)
    }

    @Test("all Ctrl-letters except Tab, Enter and Backspace decode as control keys")
    func controlLetters() {
        let reserved: Set<UInt32> = [8, 9, 10, 13]
        for code in UInt32(1)...26 where !reserved.contains(code) {
            let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1)))
            #expect(KeyDecoder.decode(.character(code)) == .control(letter))
        }
    }
}
