import CSV
import CostCore
import Foundation

/// Writes a ``Report`` as a table, CSV or JSON.
public enum ReportWriter {
    /// The report in `format`, ending with a newline.
    public static func write(_ report: Report, as format: ReportFormat, zone: TimeZone) throws -> String {
        switch format {
        case .table: table(report, zone: zone)
        case .csv: try csv(report, zone: zone)
        case .json: try json(report, zone: zone)
        case .markdown: markdown(report, zone: zone)
        }
    }

    // MARK: JSON

    static func json(_ report: Report, zone: TimeZone) throws -> String {
        func amounts(_ values: [Money]) -> [[String: String]] {
            values.map { ["currency": $0.currency.code, "amount": $0.amount.description] }
        }
        var groups: [[String: Any]] = []
        for group in report.groups {
            var entry: [String: Any] = ["key": group.key, "label": group.label, "amounts": amounts(group.amounts)]
            if let granularity = report.granularity {
                entry["series"] = group.series.map {
                    [
                        "start": isoUTC($0.start), "end": isoUTC($0.end), "bucket": $0.bucketWord(granularity),
                        "currency": $0.amount.currency.code, "amount": $0.amount.amount.description,
                    ]
                }
            }
            groups.append(entry)
        }
        let document: [String: Any] = [
            "dimension": report.dimension.rawValue,
            "from": isoUTC(report.range.start),
            "to": isoUTC(report.range.end),
            "groups": groups,
            "totals": amounts(report.totals.values),
        ]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return TextCell.jsonEscapingControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    // MARK: CSV

    static func csv(_ report: Report, zone: TimeZone) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        if let granularity = report.granularity {
            try writer.write(row: [
                report.dimension.rawValue, "label", "period_start", "period_end", "bucket", "currency", "amount",
            ])
            for group in report.groups {
                for point in group.series {
                    try writer.write(row: [
                        TextCell.csv(group.key), TextCell.csv(group.label), isoUTC(point.start), isoUTC(point.end),
                        point.bucketWord(granularity), point.amount.currency.code, point.amount.amount.description,
                    ])
                }
            }
        } else {
            try writer.write(row: [report.dimension.rawValue, "label", "currency", "amount"])
            for group in report.groups {
                for money in group.amounts {
                    try writer.write(row: [
                        TextCell.csv(group.key), TextCell.csv(group.label), money.currency.code,
                        money.amount.description,
                    ])
                }
            }
        }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
    /// tab or carriage return first) gets a leading apostrophe.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
            return text
        }
        return "'" + text
    }

    // MARK: Table

    static func table(_ report: Report, zone: TimeZone) -> String {
        let header: [String]
        var body: [[String]] = []
        if let granularity = report.granularity {
            header = [report.dimension.title, "Period", "Amount"]
            for group in report.groups {
                let label = TextCell.plain(group.label)
                for point in group.series {
                    body.append([label, point.periodText(granularity, zone: zone), point.amount.formatted])
                }
            }
        } else {
            header = [report.dimension.title, "Amount", "Share"]
            for group in report.groups {
                for money in group.amounts {
                    let share = money.amount.ratio(to: report.totals[money.currency].amount).map(percent) ?? ""
                    body.append([TextCell.plain(group.label), money.formatted, share])
                }
            }
        }
        let totals =
            report.totals.isEmpty
            ? [["Total", "no spend in this range", ""]]
            : report.totals.values.map { ["Total", $0.formatted, report.hasSeries ? "" : "100.0%"] }
        // Column 0 (labels) and, for series, column 1 (dates) align left; amounts and shares align right.
        let rightAligned: Set<Int> = report.hasSeries ? [2] : [1, 2]
        var widths = [0, 0, 0]
        for row in [header] + body + totals {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            let cells = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? padding + cell : cell + padding
            }
            var text = cells.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = String(repeating: "-", count: widths.reduce(4, +))
        let lines = [line(header), rule] + body.map(line) + [rule] + totals.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    static func markdown(_ report: Report, zone: TimeZone) -> String {
        let cell = TextCell.markdown
        var lines: [String] = []
        if let granularity = report.granularity {
            lines += ["| \(report.dimension.title) | Period | Amount |", "|---|---|---:|"]
            for group in report.groups {
                for point in group.series {
                    let period = point.periodText(granularity, zone: zone)
                    lines.append("| \(cell(group.label)) | \(period) | \(point.amount.formatted) |")
                }
            }
            for total in report.totals.values { lines.append("| **Total** | | **\(total.formatted)** |") }
        } else {
            lines += ["| \(report.dimension.title) | Amount | Share |", "|---|---:|---:|"]
            for group in report.groups {
                for money in group.amounts {
                    let share = money.amount.ratio(to: report.totals[money.currency].amount).map(percent) ?? ""
                    lines.append("| \(cell(group.label)) | \(money.formatted) | \(share) |")
                }
            }
            for total in report.totals.values { lines.append("| **Total** | **\(total.formatted)** | 100.0% |") }
        }
        if report.totals.isEmpty { lines.append("| **Total** | no spend in this range | |") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ ratio: Double) -> String {
        let tenths = Int((ratio * 1000).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))%"
    }

    static func isoUTC(_ date: Date) -> String { CivilDateTime(date, utcOffsetSeconds: 0).description + "Z" }
}
