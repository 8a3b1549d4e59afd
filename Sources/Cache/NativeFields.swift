/// Stores a record's provider-specific fields as one text column: pairs sorted by key, a
/// unit separator (U+001F) between key and value, a record separator (U+001E) after each
/// pair. A backslash, U+001E and U+001F inside a key or value are escaped, so every map
/// round-trips exactly; an empty map is stored as NULL.
enum NativeFields {
    private static let pairEnd: Character = "\u{1E}"
    private static let keyEnd: Character = "\u{1F}"

    /// The column text for `fields`, or nil when there are none.
    static func encode(_ fields: [String: String]) -> String? {
        guard !fields.isEmpty else { return nil }
        var text = ""
        for key in fields.keys.sorted() {
            text += escape(key)
            text.append(keyEnd)
            text += escape(fields[key] ?? "")
            text.append(pairEnd)
        }
        return text
    }

    /// The map stored as `text`; nil text is an empty map.
    static func decode(_ text: String?) -> [String: String] {
        guard let text, !text.isEmpty else { return [:] }
        var fields: [String: String] = [:]
        for pair in text.split(separator: pairEnd, omittingEmptySubsequences: true) {
            let parts = pair.split(separator: keyEnd, maxSplits: 1, omittingEmptySubsequences: false)
            fields[unescape(parts[0])] = parts.count > 1 ? unescape(parts[1]) : ""
        }
        return fields
    }

    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x1E || $0 == 0x1F }) else { return text }
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case pairEnd: escaped += "\\r"
            case keyEnd: escaped += "\\u"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var plain = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "r": plain.append(pairEnd)
                case "u": plain.append(keyEnd)
                default: plain.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                plain.append(character)
            }
        }
        return plain
    }
}
