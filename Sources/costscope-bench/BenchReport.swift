import Foundation

/// What the children reported, printed at the end as a table, notes and the BENCH line.
struct BenchReport {
    /// One table row.
    struct Row {
        let name: String
        let unit: String
        let stats: SampleStats
        let detail: String
    }

    /// The figures of the BENCH line, in order.
    static let summaryKeys = [
        "ingest_rows_per_s", "ingest_vs_jsondecoder", "ingest_peak_rss_mb", "regroup_p99_ms", "frame_p99_us",
        "bytes_per_move", "first_frame_ms", "demo_first_frame_ms", "demo_peak_rss_mb", "drill_p99_ms",
        "debug_demo_first_frame_ms",
    ]

    private(set) var rows: [Row] = []
    private(set) var figures: [String: Double] = [:]
    private(set) var notes: [String] = []

    /// Takes in the lines a child printed.
    mutating func absorb(_ output: String) {
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "ROW" where fields.count >= 4:
                let samples = fields[3].split(separator: ",").compactMap { Double($0) }
                guard !samples.isEmpty else { continue }
                rows.append(
                    Row(
                        name: fields[1], unit: fields[2], stats: SampleStats(samples),
                        detail: fields.count > 4 ? fields[4] : ""))
                print("  \(fields[1]): median \(Self.format(SampleStats(samples).median)) \(fields[2])")
            case "FIGURE" where fields.count == 3:
                figures[fields[1]] = Double(fields[2])
            case "NOTE" where fields.count >= 2:
                notes.append(fields[1])
            default:
                print(line)
            }
        }
    }

    /// Records a figure computed in the parent.
    mutating func set(_ key: String, _ value: Double) {
        figures[key] = value
    }

    /// Adds a note.
    mutating func note(_ text: String) {
        notes.append(text)
    }

    /// The value of a figure, if reported.
    func figure(_ key: String) -> Double? {
        figures[key]
    }

    /// The table, the notes and the final BENCH line.
    func printed() -> String {
        let header = ["case", "unit", "median", "p99", "min", "max", "spread", "n", "detail"]
        let body = rows.map { row in
            [
                row.name, row.unit, Self.format(row.stats.median), Self.format(row.stats.p99),
                Self.format(row.stats.minimum), Self.format(row.stats.maximum),
                String(format: "%.0f%%", row.stats.spreadPercent), String(row.stats.sorted.count), row.detail,
            ]
        }
        let widths = header.indices.map { column in
            ([header] + body).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 || index == cells.count - 1 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })] + body.map(line)
        lines += notes.map { "note: " + $0 }
        lines.append(summaryLine)
        return lines.joined(separator: "\n")
    }

    /// `BENCH key=value …` with every summary figure (-1 for one that could not be measured).
    var summaryLine: String {
        "BENCH "
            + Self.summaryKeys.map { key in
                "\(key)=\(Self.plain(figures[key] ?? -1, key: key))"
            }.joined(separator: " ")
    }

    /// A figure as plain digits: whole numbers for counts and rates, two decimals otherwise.
    static func plain(_ value: Double, key: String) -> String {
        switch key {
        case "ingest_rows_per_s", "bytes_per_move", "frame_p99_us": String(Int(value.rounded()))
        case "ingest_vs_jsondecoder", "ingest_peak_rss_mb", "first_frame_ms", "demo_first_frame_ms",
            "demo_peak_rss_mb", "debug_demo_first_frame_ms":
            String(format: "%.1f", value)
        default: String(format: "%.2f", value)
        }
    }

    private static func format(_ value: Double) -> String {
        if value >= 1_000 { return String(Int(value.rounded())) }
        if value >= 100 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
