import CSV
import CostCore
import Foundation

/// Writes a ``ViewExport`` as CSV, JSON or Markdown. Amounts are exact decimals.
public enum ViewExportWriter {
    /// The columns of the CSV: the row, then the view it belongs to (repeated on every row,
    /// so each line stands alone in a spreadsheet or a script).
    public static let csvColumns = [
        "label", "key", "kind", "currency", "amount", "share", "from", "to", "zone", "group_by", "drill_path",
        "filter", "accounts",
    ]

    /// The document in `format`, ending with a newline.
    public static func write(_ export: ViewExport, as format: ExportFormat) throws -> String {
        switch format {
        case .csv: try csv(export)
        case .json: try json(export)
        case .markdown: markdown(export)
        }
    }

    static func csv(_ export: ViewExport) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: csvColumns)
        let view = [
            export.firstDay, export.lastDay, TextCell.csv(export.zone.identifier), export.grouping.rawValue,
            TextCell.csv(export.drillPath.joined(separator: " > ")),
            TextCell.csv(export.filter ?? ""),
            TextCell.csv(export.accounts.joined(separator: " ")),
        ]
        for row in export.rows {
            try writer.write(
                row: [
                    TextCell.csv(row.label), TextCell.csv(row.key),
                    TextCell.csv(row.kind ?? ""), row.money.currency.code, row.money.amount.description,
                    export.share(of: row),
                ] + view)
        }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func json(_ export: ViewExport) throws -> String {
        let rows: [[String: Any]] = export.rows.map { row in
            [
                "key": row.key, "label": row.label, "kind": row.kind ?? NSNull(), "currency": row.money.currency.code,
                "amount": row.money.amount.description, "share": export.share(of: row),
            ]
        }
        let document: [String: Any] = [
            "view": [
                "from": export.firstDay, "to": export.lastDay, "zone": export.zone.identifier,
                "group_by": export.grouping.rawValue, "drill_path": export.drillPath,
                "filter": export.filter ?? NSNull(), "accounts": export.accounts,
            ] as [String: Any],
            "rows": rows,
            "totals": export.totals.values.map { ["currency": $0.currency.code, "amount": $0.amount.description] },
        ]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return TextCell.jsonEscapingControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    static func markdown(_ export: ViewExport) -> String {
        let cell = TextCell.markdown
        var lines = [
            "# Spend by \(export.grouping.title.lowercased())", "",
            "- Range: \(export.firstDay) to \(export.lastDay) (\(export.zone.identifier))",
            "- Drill path: \(cell(export.drillPath.joined(separator: " > ")))",
            "- Filter: \(export.filter.map { "`" + cell($0) + "`" } ?? "none")",
            "- Accounts: \(cell(export.accounts.joined(separator: ", ")))", "",
            "| \(export.grouping.title) | Amount | Share |", "|---|---:|---:|",
        ]
        for row in export.rows {
            let amount = row.money.amount.description + " " + row.money.currency.code
            lines.append("| \(cell(row.label)) | \(amount) | \(export.share(of: row)) |")
        }
        for total in export.totals.values {
            lines.append("| **Total** | **\(total.amount.description) \(total.currency.code)** | |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension ViewExport {
    /// A row's share of its currency's total, e.g. `83.4%`.
    func share(of row: Row) -> String {
        row.money.amount.ratio(to: totals[row.money.currency].amount).map(ReportWriter.percent) ?? ""
    }
}
