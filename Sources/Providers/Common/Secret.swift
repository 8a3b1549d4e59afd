/// A credential. Printing, interpolating or dumping it shows `<redacted>`;
/// only ``reveal()`` gives the value, at the point it goes into a header.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps a credential.
    public init(_ value: String) { self.value = value }

    /// The credential itself. Call only where it is put on the wire.
    public func reveal() -> String { value }

    /// Whether the credential is empty.
    public var isEmpty: Bool { value.isEmpty }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: []) }
}
