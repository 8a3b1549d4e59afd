/// A theme file that could not be read, with where and why.
public struct ThemeFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or built-in theme name) the error is in.
    public var source: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        "theme \(source)\(line.map { ", line \($0)" } ?? ""): \(message)"
    }
}
