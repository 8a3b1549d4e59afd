import Foundation
import Synchronization

/// Removes every known credential from text before it is shown or stored.
///
/// Every ``Secret`` registers its value when it is created (configured tokens, keys and
/// secrets, OnApp's `email:key` pair, Cloud.ru's IAM bearer tokens), so a server that echoes a
/// request back cannot make a credential reach the terminal, a log or a file. Each value is
/// known in the forms it travels in: as written, in base64 (with and without padding, and the
/// URL-safe alphabet, which also covers `Basic …`), JSON-escaped and percent-encoded.
///
/// Matching skips control and invisible format characters inside a value, so a server cannot
/// split a token with an escape sequence or a zero-width space to slip it past. Overlapping and
/// nested matches are merged and each merged stretch becomes one ``mark``.
///
/// Values shorter than ``minimumLength`` characters are not redacted: they would match
/// ordinary words and mangle every message, and no real credential is that short.
public final class SecretRedactor: Sendable {
    /// The redactor every ``Secret`` registers with and every message goes through.
    public static let shared = SecretRedactor()

    /// What a redacted stretch becomes.
    public static let mark = "<redacted>"
    /// The shortest form that is redacted, in characters.
    public static let minimumLength = 8

    private struct Forms {
        var known: Set<String> = []
        /// Longest first, so a prefilter can stop early; as scalars for matching.
        var needles: [[Unicode.Scalar]] = []
    }

    private let forms = Mutex(Forms())

    /// Creates an empty redactor (tests use their own; the program uses ``shared``).
    public init() {}

    /// Makes `value` and its encoded forms known.
    public func register(_ value: String) {
        let new = Self.forms(of: value)
        guard !new.isEmpty else { return }
        forms.withLock { forms in
            var added = false
            for form in new where forms.known.insert(form).inserted {
                forms.needles.append(Array(form.unicodeScalars))
                added = true
            }
            if added { forms.needles.sort { $0.count > $1.count } }
        }
    }

    /// `text` with every known credential replaced by ``mark``.
    public func redact(_ text: String) -> String {
        let needles = forms.withLock { $0.needles }
        guard !needles.isEmpty, !text.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        var stretches: [Range<Int>] = []
        for needle in needles {
            guard let first = needle.first else { continue }
            var start = 0
            while start < scalars.count {
                if scalars[start] == first, let end = Self.match(needle, in: scalars, from: start) {
                    stretches.append(start..<end)
                }
                start += 1
            }
        }
        guard !stretches.isEmpty else { return text }
        stretches.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for stretch in stretches {
            if let last = merged.last, stretch.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, stretch.upperBound)
            } else {
                merged.append(stretch)
            }
        }
        var result = String.UnicodeScalarView()
        var position = 0
        for stretch in merged {
            result.append(contentsOf: scalars[position..<stretch.lowerBound])
            result.append(contentsOf: Self.mark.unicodeScalars)
            position = stretch.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    /// The end of `needle` found at `start` in `scalars`, skipping ignorable scalars after its
    /// first one; nil when it is not there.
    private static func match(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var position = start
        var matched = 0
        while matched < needle.count {
            guard position < scalars.count else { return nil }
            if scalars[position] == needle[matched] {
                matched += 1
            } else if matched == 0 || !MessageSanitizer.isInvisible(scalars[position]) {
                return nil
            }
            position += 1
        }
        return position
    }

    /// The forms `value` may be echoed in, each at least ``minimumLength`` long.
    static func forms(of value: String) -> Set<String> {
        guard value.count >= minimumLength else { return [] }
        let base64 = Data(value.utf8).base64EncodedString()
        let unpadded = String(base64.reversed().drop { $0 == "=" }.reversed())
        let urlSafe = unpadded.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        var result: Set<String> = []
        // The padded form too, so that `Basic <redacted>` leaves no `=` behind.
        for plain in [value, base64, unpadded, urlSafe] {
            result.insert(plain)
            result.insert(jsonEscaped(plain))
            if let encoded = plain.addingPercentEncoding(withAllowedCharacters: unreserved) { result.insert(encoded) }
        }
        return result.filter { $0.count >= minimumLength }
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` as a JSON encoder may write it inside a string (`/` escaped too, as some do).
    private static func jsonEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "/": escaped += "\\/"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
