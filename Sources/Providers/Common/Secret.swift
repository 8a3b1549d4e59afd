/// A credential. Printing, interpolating or dumping it shows `<redacted>`;
/// only ``reveal()`` gives the value, at the point it goes into a header.
///
/// Creating one makes its value known to ``SecretRedactor/shared``, so the value is removed
/// from every message even when a server echoes it back.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps a credential.
    public init(_ value: String) {
        self.value = value
        SecretRedactor.shared.register(value)
    }

    /// The credential itself. Call only where it is put on the wire.
    public func reveal() -> String { value }

    /// Whether the credential is empty.
    public var isEmpty: Bool { value.isEmpty }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: []) }
}
