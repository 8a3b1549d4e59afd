/// Why the cache could not be opened, read or written.
public struct CacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A human sentence naming the file and what is wrong with it.
    public let message: String
    /// Set when the read failed because the file was damaged, and it has been moved aside and
    /// replaced by an empty cache: nothing that was stored before can be read any more.
    public let replacedDamagedFile: Bool

    /// Creates an error with `message`.
    public init(_ message: String, replacedDamagedFile: Bool = false) {
        self.message = message
        self.replacedDamagedFile = replacedDamagedFile
    }

    /// The message.
    public var description: String { message }
}
