/// Why and where an OnApp XML answer could not be read.
///
/// Carries the 1-based line (and column, when the XML parser reports one) of the problem, the
/// element path (for example `vm_stats.vm_hourly_stat[3].billing_stats.disks[0].costs[2].cost`)
/// and a message. Neither quotes more than a few dozen characters of the input.
public struct OnAppXMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem, when known.
    public var column: Int?
    /// Where in the document the problem is; empty at the top level.
    public var path: String
    /// What is wrong.
    public var message: String

    public init(line: Int, column: Int? = nil, path: String, message: String) {
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `line 4, column 7 (at vm_stats.vm_hourly_stat[0].total_cost): expected a decimal number`.
    public var description: String {
        let place = path.isEmpty ? "" : " (at \(path))"
        let columnText = column.map { ", column \($0)" } ?? ""
        return "line \(line)\(columnText)\(place): \(message)"
    }
}
