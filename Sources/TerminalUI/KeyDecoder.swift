import CNCursesW
import TerminalKit

/// Turns raw ncurses input into ``Key`` values. Pure.
public enum KeyDecoder {
    /// The key for `input`, or `nil` for input the app does not use
    /// (unknown key codes, `KEY_RESIZE`, NUL, stray control codes).
    public static func decode(_ input: RawKeyInput) -> Key? {
        switch input {
        case .character(let code): return decodeCharacter(code)
        case .keyCode(let code): return decodeKeyCode(code)
        }
    }

    private static func decodeCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26:
            guard let scalar = Unicode.Scalar(UInt32(UInt8(ascii: "a")) + code - 1) else { return nil }
            return .control(Character(scalar))
        case 0..<32, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static func decodeKeyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}

/// What ncurses `get_wch` reported, before decoding into a ``Key``.
public enum RawKeyInput: Hashable, Sendable {
    /// `get_wch` returned `OK`: a character code (a Unicode scalar value or a
    /// control code such as 3 for Ctrl-C).
    case character(UInt32)
    /// `get_wch` returned `KEY_CODE_YES`: an ncurses `KEY_*` code.
    case keyCode(Int32)
}
