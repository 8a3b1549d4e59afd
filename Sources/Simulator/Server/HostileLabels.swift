/// What the `hostile-labels` fault does to an answer: every JSON string whose key ends in
/// `name` (`"name"`, `"project_name"`, …) starts with ``prefix``, so labels reach the client
/// carrying what a hostile or broken provider could send.
public enum HostileLabels {
    /// The text put in front of every name: clear screen (ESC [2J), set the window title
    /// (OSC 0), write the clipboard (OSC 52), the one-byte C1 CSI (U+009B) with SGR, bold SGR,
    /// DEL, a line break and the Markdown cell separator.
    public static let prefix =
        "\u{1B}[2J\u{1B}]0;owned\u{07}\u{1B}]52;c;b3duZWQ=\u{07}\u{9B}31m\u{1B}[1m\u{7F}|\nX| "

    /// ``prefix`` as the inside of a JSON string literal.
    static let escapedPrefix: [UInt8] = Array(
        prefix.unicodeScalars.map { scalar -> String in
            if scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "\\" { return String(scalar) }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }.joined().utf8)

    /// `body` with ``prefix`` inserted at the start of every string value of a `…name` key.
    static func rewrite(_ body: [UInt8]) -> [UInt8] {
        let marker = Array("name\":\"".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var index = 0
        while index < body.count {
            if body[index] == marker[0], index + marker.count <= body.count,
                body[index..<(index + marker.count)].elementsEqual(marker)
            {
                out.append(contentsOf: marker)
                out.append(contentsOf: escapedPrefix)
                index += marker.count
            } else {
                out.append(body[index])
                index += 1
            }
        }
        return out
    }
}
