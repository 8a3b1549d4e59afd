/// An opened cache, and what the user should be told about the file it found.
public struct CacheOpening: Sendable {
    /// The cache, ready to use.
    public let cache: CostCache
    /// Set when an unusable file was moved aside: says what was wrong and where it went.
    public let notice: String?
}
