import Foundation

/// The OSC 52 escape sequence that asks the terminal to put text on the clipboard. It travels
/// with the screen output, so it works over SSH; inside tmux, `set-clipboard` decides.
public enum ClipboardSequence {
    /// `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`.
    public static func bytes(for text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x07]
    }
}
