/// The columns of a simulated CSV answer: which header names, in which order, and what each
/// holds — a field by its JSON-style name, or a fixed text for a column the client does not know.
struct SeewebCSVLayout: Sendable {
    /// One column.
    struct Column: Sendable {
        /// The header name.
        let header: String
        /// The field it holds (a key of the values given to ``line(_:)``), or nil for ``constant``.
        let field: String?
        /// What a column without a field holds on every line.
        let constant: String
    }

    /// The columns, in order.
    let columns: [Column]

    /// Columns named by their fields, in the given order.
    init(fields: [String]) {
        columns = fields.map { Column(header: $0, field: $0, constant: "") }
    }

    /// Columns given as (header, field) pairs; a nil field is a column holding `constant`s.
    init(_ pairs: [(header: String, field: String?, constant: String)]) {
        columns = pairs.map { Column(header: $0.header, field: $0.field, constant: $0.constant) }
    }

    /// The header line.
    var header: String { SeewebCSVLayout.line(columns.map(\.header)) }

    /// One data line: each column's field from `values` (empty when absent).
    func line(_ values: [String: String]) -> String {
        SeewebCSVLayout.line(columns.map { column in column.field.map { values[$0] ?? "" } ?? column.constant })
    }

    /// `fields` quoted where needed, comma-separated, ending in CRLF.
    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// The field, quoted when it must be.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
