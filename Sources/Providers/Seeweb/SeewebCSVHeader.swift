/// The header line of a CSV answer, read by name: which field index holds each known column,
/// and which header names are not read.
struct SeewebCSVHeader {
    /// The header's names, as sent.
    let names: [String]
    /// Column → field index; the first of several names for one column wins.
    let columns: [SeewebCSVColumn: Int]
    /// Names that are no known column, or a second name for one already found, in header order.
    let unread: [String]

    /// Reads `names`.
    init(_ names: [String]) {
        var columns: [SeewebCSVColumn: Int] = [:]
        var unread: [String] = []
        for (index, name) in names.enumerated() {
            if let column = SeewebCSVColumn.column(forHeader: name), columns[column] == nil {
                columns[column] = index
            } else if !name.isEmpty {
                unread.append(name)
            }
        }
        self.names = names
        self.columns = columns
        self.unread = unread
    }

    /// Whether the header has `column`.
    func has(_ column: SeewebCSVColumn) -> Bool { columns[column] != nil }

    /// Checks that every `required` column is present; the error (on `line`) says which
    /// headers were found and which names were expected.
    func require(_ required: [SeewebCSVColumn], answer: String, line: Int) throws(SeewebCSVError) {
        let missing = required.filter { !has($0) }
        guard !missing.isEmpty else { return }
        let expected = missing.map { column in
            "\(column.rawValue) (any of " + column.offeredNames.map { "'\($0)'" }.joined(separator: ", ") + ")"
        }
        throw SeewebCSVError(
            line: line,
            message: "the \(answer) answer has no column for \(expected.joined(separator: " or for ")) — "
                + "the headers found are \(Self.quoted(names)); case, spaces and underscores do not matter")
    }

    /// `'a', 'b', …` made safe to show, at most 30 of them.
    static func quoted(_ names: [String]) -> String {
        guard !names.isEmpty else { return "none" }
        let shown = names.prefix(30).map { ServerText.quote($0) }.joined(separator: ", ")
        return names.count > 30 ? shown + " and \(names.count - 30) more" : shown
    }
}
