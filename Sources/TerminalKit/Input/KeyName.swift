/// Parses the key names of a headless `--keys` script, e.g. `j j enter esc`.
public enum KeyName {
    /// Named keys and what they mean.
    public static let named: [String: Key] = [
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "backtab": .backTab,
        "shift-tab": .backTab, "backspace": .backspace, "bs": .backspace, "delete": .delete, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end, "space": .character(" "),
    ]

    /// The key a name denotes: a named key, `ctrl-x`/`^x`, `f1`…`f12`, or a
    /// single character (`j`, `?`, `G`, `я`). Nil for anything else.
    public static func parse(_ name: String) -> Key? {
        if let key = named[name.lowercased()] { return key }
        if name.count == 1, let character = name.first { return .character(character) }
        let lower = name.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter { return .control(letter) }
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }

    /// Parses a whitespace-separated script. Throws naming the first unknown key.
    public static func parseScript(_ script: String) throws(KeyScriptError) -> [Key] {
        var keys: [Key] = []
        for (index, word) in script.split(whereSeparator: \.isWhitespace).enumerated() {
            guard let key = parse(String(word)) else { throw KeyScriptError(name: String(word), position: index + 1) }
            keys.append(key)
        }
        return keys
    }
}

/// An unknown key name in a `--keys` script.
public struct KeyScriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name that was not understood.
    public var name: String
    /// Its 1-based position in the script.
    public var position: Int

    public init(name: String, position: Int) {
        self.name = name
        self.position = position
    }

    public var description: String {
        "unknown key name '\(name)' (key \(position) of --keys); use single characters or one of: "
            + KeyName.named.keys.sorted().joined(separator: ", ") + ", ctrl-X, f1…f12"
    }
}
