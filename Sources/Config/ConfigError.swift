/// A configuration problem, with where it is and how to fix it.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message, already naming the file, line or key where known.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
