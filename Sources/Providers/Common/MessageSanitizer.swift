import CostCore

/// Makes text fit to print inside a one-line message: nothing in it can move the cursor,
/// clear the screen, set a window title, write the clipboard, reorder text or start a new line.
///
/// Line and paragraph breaks and tabs become one space; every other C0 or C1 control (ESC,
/// the 8-bit CSI U+009B, DEL, …) and every invisible format character (bidirectional
/// overrides and isolates, zero-width spaces, the byte-order mark) is shown escaped as
/// `\u{1B}`, so the reader sees that it was there. Text over the limit is cut with `…`.
public enum MessageSanitizer {
    /// The most characters of one piece of server text a message quotes.
    public static let quoteLimit = 200
    /// The most characters of a whole message.
    public static let messageLimit = 1_000

    /// `text` made printable on one line and cut to `limit` characters (nil: no cut).
    public static func clean(_ text: some StringProtocol, limit: Int? = nil) -> String {
        var result = String.UnicodeScalarView()
        var lastWasBreak = false
        for scalar in text.unicodeScalars {
            if isBreak(scalar) {
                if !lastWasBreak { result.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if isControl(scalar) || isInvisible(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        let cleaned = String(result)
        guard let limit, cleaned.count > limit else { return cleaned }
        return String(cleaned.prefix(max(limit - 1, 0))) + "…"
    }

    /// Whether `scalar` ends a line or is a tab: shown as a space.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// A C0 or C1 control, or DEL: the same rule as the data outputs.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool { ControlCharacters.isControl(scalar) }

    /// A control, a break or an invisible format character (general category Cf: bidirectional
    /// controls, zero-width characters, the byte-order mark): something a reader cannot see.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || isBreak(scalar) || scalar.properties.generalCategory == .format
    }
}
