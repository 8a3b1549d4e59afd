/// Why and where a JSON document could not be read.
///
/// Carries the byte offset, a 1-based line and column (the column counts
/// Unicode characters), the path of the value being read (for example
/// `consumptions[12].amount`) and a message. Neither the message nor the path
/// quotes more than a few dozen bytes of the input, so a response body that
/// holds secrets cannot leak through an error.
public struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The byte offset of the problem from the start of the input.
    public var offset: Int
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem, in Unicode characters.
    public var column: Int
    /// Where in the document the problem is, e.g. `consumptions[12].amount`; empty at the top level.
    public var path: String
    /// What is wrong, e.g. `trailing comma before ']'`.
    public var message: String

    /// Creates an error; ``JSONReader`` fills these in, tests and callers may build their own.
    public init(offset: Int, line: Int, column: Int, path: String, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `line 1, column 9 (at consumptions[0]): trailing comma before ']'`.
    public var description: String {
        let place = path.isEmpty ? "" : " (at \(path))"
        return "line \(line), column \(column)\(place): \(message)"
    }
}
