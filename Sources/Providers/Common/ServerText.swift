/// Text that came from outside the program — a server's error message, a value quoted from an
/// answer, a library's description of a failure — made safe to show: every known credential
/// redacted (``SecretRedactor``), controls escaped and lines joined (``MessageSanitizer``),
/// and cut to a sane length. Building one is the only way such text enters a ``ProviderError``.
public struct ServerText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The safe text.
    public let text: String

    /// Redacts, sanitises and cuts `raw` to `limit` characters.
    public init(_ raw: some StringProtocol, limit: Int = MessageSanitizer.quoteLimit) {
        text = Self.safe(String(raw), limit: limit)
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { text }

    /// `raw` as a quoted value inside a message, e.g. `'12,5'`: redacted before it is cut to
    /// `limit` characters (so no part of a credential is left), `'` and `\` escaped with a
    /// backslash so the quote is unambiguous, then controls escaped.
    public static func quote(_ raw: some StringProtocol, limit: Int = 40) -> String {
        var escaped = ""
        for character in SecretRedactor.shared.redact(String(raw)) {
            if character == "'" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "'" + MessageSanitizer.clean(escaped, limit: limit) + "'"
    }

    /// `raw` redacted first (so a cut can never leave part of a credential), then sanitised and cut.
    public static func safe(_ raw: String, limit: Int?) -> String {
        MessageSanitizer.clean(SecretRedactor.shared.redact(raw), limit: limit)
    }
}
