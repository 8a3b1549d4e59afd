import CSV
import CostCore
import Foundation

/// Writes raw ``CostRecord``s for other tools: every field, amounts exact, in a stable order.
///
/// JSON is written by hand rather than through `JSONSerialization` so that a million records
/// stream out without building a tree of dictionaries first, and so that amounts stay strings.
public enum RecordWriter {
    /// The column names of the CSV and Markdown forms, in order.
    public static let columns = [
        "provider", "account", "project_id", "project", "object_id", "object", "object_type", "parent_id",
        "metric_id", "metric", "region", "service", "period_start", "period_end", "currency", "amount", "quantity",
        "unit",
    ]

    /// `records` in `format`, sorted by period, provider, account, project, object and metric; ends with a newline.
    public static func write(_ records: [CostRecord], as format: ExportFormat) throws -> String {
        let sorted = records.sorted(by: exportOrder)
        switch format {
        case .csv: return try csv(sorted)
        case .json: return json(sorted)
        case .markdown: return markdown(sorted)
        }
    }

    /// The cells of one record, in ``columns`` order (unneutralised).
    public static func cells(of record: CostRecord) -> [String] {
        [
            record.provider.rawValue, record.account, record.project?.id ?? "", record.project?.name ?? "",
            record.object?.id ?? "", record.object?.name ?? "", record.object?.type ?? "",
            record.object?.parentID ?? "",
            record.metric?.id ?? "", record.metric?.name ?? "", record.region ?? "", record.service ?? "",
            ReportWriter.isoUTC(record.period.start), ReportWriter.isoUTC(record.period.end),
            record.amount.currency.code, record.amount.amount.description, record.quantity?.description ?? "",
            record.unit ?? "",
        ]
    }

    static func exportOrder(_ lhs: CostRecord, _ rhs: CostRecord) -> Bool {
        if lhs.period.start != rhs.period.start { return lhs.period.start < rhs.period.start }
        let left = [
            lhs.provider.rawValue, lhs.account, lhs.project?.id ?? "", lhs.object?.id ?? "", lhs.metric?.id ?? "",
        ]
        let right = [
            rhs.provider.rawValue, rhs.account, rhs.project?.id ?? "", rhs.object?.id ?? "", rhs.metric?.id ?? "",
        ]
        if left != right { return left.lexicographicallyPrecedes(right) }
        return lhs.period.end < rhs.period.end
    }

    // MARK: CSV

    static func csv(_ records: [CostRecord]) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: columns)
        for record in records {
            try writer.write(row: cells(of: record).map(TextCell.csv))
        }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: JSON

    static func json(_ records: [CostRecord]) -> String {
        var out = "{\n  \"records\": ["
        for (index, record) in records.enumerated() {
            out += index == 0 ? "\n    {" : ",\n    {"
            var fields: [(String, String)] = []
            for (name, value) in zip(columns, cells(of: record)) where !value.isEmpty {
                fields.append((name, quoted(value)))
            }
            if !record.native.isEmpty {
                let native = record.native.keys.sorted().map { "\(quoted($0)): \(quoted(record.native[$0]!))" }
                fields.append(("native", "{" + native.joined(separator: ", ") + "}"))
            }
            out += fields.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ")
            out += "}"
        }
        out += records.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// `text` as a JSON string literal; every control character escaped, C1 included.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ControlCharacters.isControl(scalar) {
                    out += TextCell.jsonEscape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    // MARK: Markdown

    static func markdown(_ records: [CostRecord]) -> String {
        let cell = TextCell.markdown
        let numeric: Set<String> = ["amount", "quantity"]
        var lines = [
            "| " + columns.joined(separator: " | ") + " |",
            "|" + columns.map { numeric.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|",
        ]
        for record in records {
            lines.append("| " + cells(of: record).map(cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
