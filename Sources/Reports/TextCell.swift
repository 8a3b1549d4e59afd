import CostCore

/// How text from outside (labels, keys, names) is written into each output format, in one
/// place: no format lets a control character through (``ControlCharacters``), Markdown also
/// escapes what would end a cell, CSV also defuses formulas, JSON escapes what it must.
///
/// CSV could carry a line break inside a quoted field, but it is replaced by a space like in
/// every other text format: line-oriented tools (`grep`, `head`, `wc -l`) and many CSV readers
/// split records at every line break. JSON keeps every label exactly, escaped.
public enum TextCell {
    /// A cell of an aligned table or a line of plain text.
    public static func plain(_ text: String) -> String { ControlCharacters.replaced(in: text) }

    /// A Markdown table cell: controls replaced, `\` and `|` escaped.
    public static func markdown(_ text: String) -> String {
        let clean = ControlCharacters.replaced(in: text)
        guard clean.contains(where: { $0 == "\\" || $0 == "|" }) else { return clean }
        return clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }

    /// A CSV text cell: controls replaced, then a formula defused (``ReportWriter/neutralised(_:)``).
    public static func csv(_ text: String) -> String {
        ReportWriter.neutralised(ControlCharacters.replaced(in: text))
    }

    /// JSON text (from `JSONSerialization`, which escapes only U+0000–U+001F) with DEL and the
    /// C1 controls escaped too, as `\u007f`–`\u009f`: the same data, safe on a terminal. Those
    /// characters can only occur inside JSON strings, where the escape means the same.
    public static func jsonEscapingControls(_ json: String) -> String {
        guard ControlCharacters.occur(in: json) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && scalar.value < 0xA0 {
                out.append(contentsOf: jsonEscape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `\u00XX` for a scalar below U+0100.
    static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
