/// Why the cache could not be opened, read or written.
public struct CacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A human sentence naming the file and what is wrong with it.
    public let message: String

    /// Creates an error with `message`.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
