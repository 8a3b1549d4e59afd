/// Why a CSV answer could not be read: the 1-based line, the column when one is to blame,
/// and what is wrong. Never quotes field values (an answer may hold anything); header names
/// are quoted made safe (``ServerText``).
public struct SeewebCSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem (a quoted field may span lines; this is where its record starts).
    public var line: Int
    /// The column's header name as sent, when the problem is in one field.
    public var column: String?
    /// What is wrong, e.g. `expected a decimal number`.
    public var message: String

    public init(line: Int, column: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 4, column 'cost': expected a decimal number`.
    public var description: String {
        "line \(line)" + (column.map { ", column \(ServerText.quote($0))" } ?? "") + ": \(message)"
    }
}
