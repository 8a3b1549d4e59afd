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

    /// `raw` redacted first (so a cut can never leave part of a credential), then sanitised and cut.
    public static func safe(_ raw: String, limit: Int?) -> String {
        MessageSanitizer.clean(SecretRedactor.shared.redact(raw), limit: limit)
    }
}
