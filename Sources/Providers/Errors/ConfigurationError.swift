/// A problem with how an account is configured.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
