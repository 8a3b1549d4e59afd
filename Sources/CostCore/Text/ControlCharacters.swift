/// The one rule for text that came from outside (provider labels, names) before it reaches a
/// terminal or a line-oriented file: C0 controls, DEL and C1 controls never pass.
///
/// A terminal acts on them instead of showing them — ESC and U+009B start sequences that clear
/// the screen, set the window title or write the clipboard (OSC 52) — and a line break inside
/// a label splits a table row. Whitespace controls (tab, line and page breaks) become a space,
/// so words stay apart; every other control becomes U+FFFD, so the reader sees that something
/// was there.
public enum ControlCharacters {
    /// What stands in for a control that is not whitespace.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` is a C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control (U+0080–U+009F).
    @inlinable
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Whether `text` holds any control character.
    public static func occur(in text: some StringProtocol) -> Bool {
        // UTF-8 of a C1 control is 0xC2 followed by 0x80–0x9F; checking the bytes avoids
        // decoding scalars for the common, clean label.
        var afterC2 = false
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (afterC2 && byte < 0xA0) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// `text` with every control replaced: tab, line feed, vertical tab, form feed, carriage
    /// return and NEL (U+0085) by a space, the others by ``replacement``.
    public static func replaced(in text: String) -> String {
        guard occur(in: text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x85: out.append(" ")
            case _ where isControl(scalar): out.append(replacement)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
