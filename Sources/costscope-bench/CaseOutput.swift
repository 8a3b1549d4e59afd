import Foundation

/// What a case reports, as tab-separated lines on standard output that the parent reads:
/// `ROW name unit samples detail`, `FIGURE key value` and `NOTE text`.
enum CaseOutput {
    /// Where lines go instead of standard output while ``collecting(into:_:)`` runs.
    nonisolated(unsafe) private static var collector: [String]?

    /// Runs `body` in this process and appends the lines it reports to `lines`.
    static func collecting(into lines: inout [String], _ body: () throws -> Void) rethrows {
        collector = []
        defer {
            lines += collector ?? []
            collector = nil
        }
        try body()
    }

    /// One table row: the samples (comma-separated) in `unit`, with a free-text detail.
    static func row(_ name: String, unit: String, samples: [Double], detail: String = "") {
        emit(["ROW", name, unit, samples.map { String($0) }.joined(separator: ","), detail])
    }

    /// One named figure for the summary line.
    static func figure(_ key: String, _ value: Double) {
        emit(["FIGURE", key, String(value)])
    }

    /// A note printed under the table.
    static func note(_ text: String) {
        emit(["NOTE", text])
    }

    private static func emit(_ fields: [String]) {
        let clean = fields.map {
            $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
        let line = clean.joined(separator: "\t")
        if collector != nil {
            collector?.append(line)
        } else {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}
