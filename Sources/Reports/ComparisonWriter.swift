import CSV
import CostCore
import Foundation

/// Writes a ``PeriodComparison`` (`costscope report --compare`) as a table, CSV, JSON or
/// Markdown: per group and currency the amount, the earlier amount, Δ and Δ %.
public enum ComparisonWriter {
    /// One printed line: a group (or the `Other` rest, or a total) in one currency.
    struct Line {
        var key: String
        var label: String
        var currency: Currency
        var current: Amount
        var previous: Amount?

        var delta: Amount { current - (previous ?? .zero) }
        var deltaPercent: Double? {
            guard let previous, !previous.isZero else { return nil }
            return delta.ratio(to: previous.magnitude).map { $0 * 100 }
        }
    }

    /// The comparison in `format`, ending with a newline. With `top`, only the first `top`
    /// rows are listed and the rest are summed exactly, per currency, into `Other (N more)`.
    public static func write(_ comparison: PeriodComparison, as format: ReportFormat, top: Int? = nil) throws
        -> String
    {
        let lines = lines(comparison, top: top)
        let totals = comparison.currencies.map { currency in
            Line(
                key: "(total)", label: "Total", currency: currency,
                current: comparison.currentTotals[currency].amount,
                previous: comparison.previousTotals.currencies.contains(currency)
                    ? comparison.previousTotals[currency].amount : nil)
        }
        switch format {
        case .table: return table(comparison, lines, totals)
        case .markdown: return markdown(comparison, lines, totals)
        case .csv: return try csv(comparison, lines)
        case .json: return try json(comparison, lines, totals)
        }
    }

    static func lines(_ comparison: PeriodComparison, top: Int?) -> [Line] {
        let all = comparison.rows.map {
            Line(key: $0.key.id, label: $0.key.label, currency: $0.currency, current: $0.current, previous: $0.previous)
        }
        guard let top, top >= 0, all.count > top + 1 else { return all }
        let rest = all[top...]
        let others = Set(rest.map(\.currency)).sorted().map { currency in
            let part = rest.filter { $0.currency == currency }
            let previous = part.compactMap(\.previous)
            return Line(
                key: "(other)", label: "Other (\(rest.count) more)", currency: currency,
                current: part.reduce(.zero) { $0 + $1.current },
                previous: previous.isEmpty ? nil : previous.reduce(.zero, +))
        }
        return Array(all.prefix(top)) + others
    }

    static func table(_ comparison: PeriodComparison, _ lines: [Line], _ totals: [Line]) -> String {
        let header = [comparison.dimension.title, "Amount", "Previous", "Δ", "Δ%"]
        let body = (lines + totals).map(cells)
        let empty = totals.isEmpty ? [["Total", "no spend in either range", "", "", ""]] : []
        var widths = Array(repeating: 0, count: header.count)
        for row in [header] + body + empty {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var text = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = String(repeating: "-", count: widths.reduce(2 * (widths.count - 1), +))
        let groupLines = body.prefix(lines.count).map(line)
        let totalLines = body.dropFirst(lines.count).map(line) + empty.map(line)
        return ([line(header), rule] + groupLines + [rule] + totalLines).joined(separator: "\n") + "\n"
    }

    static func markdown(_ comparison: PeriodComparison, _ lines: [Line], _ totals: [Line]) -> String {
        let cell = TextCell.markdown
        var text = ["| \(comparison.dimension.title) | Amount | Previous | Δ | Δ% |", "|---|---:|---:|---:|---:|"]
        for row in lines.map(cells) { text.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        for row in totals.map(cells) {
            text.append("| " + row.map { $0.isEmpty ? "" : "**\(cell($0))**" }.joined(separator: " | ") + " |")
        }
        if totals.isEmpty { text.append("| **Total** | no spend in either range | | | |") }
        return text.joined(separator: "\n") + "\n"
    }

    static func csv(_ comparison: PeriodComparison, _ lines: [Line]) throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: [
            comparison.dimension.rawValue, "label", "currency", "amount", "previous", "delta", "delta_percent",
        ])
        for line in lines {
            try writer.write(row: [
                TextCell.csv(line.key), TextCell.csv(line.label), line.currency.code,
                line.current.description, line.previous?.description ?? "", line.delta.description,
                line.deltaPercent.map(percentNumber) ?? "",
            ])
        }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func json(_ comparison: PeriodComparison, _ lines: [Line], _ totals: [Line]) throws -> String {
        func entry(_ line: Line, keyed: Bool) -> [String: Any] {
            var entry: [String: Any] = [
                "currency": line.currency.code, "amount": line.current.description,
                "previous": line.previous?.description ?? NSNull(), "delta": line.delta.description,
                "delta_percent": line.deltaPercent.map(percentNumber) ?? NSNull(),
            ]
            if keyed {
                entry["key"] = line.key
                entry["label"] = line.label
            }
            return entry
        }
        let document: [String: Any] = [
            "dimension": comparison.dimension.rawValue,
            "from": ReportWriter.isoUTC(comparison.current.start),
            "to": ReportWriter.isoUTC(comparison.current.end),
            "previous_from": ReportWriter.isoUTC(comparison.previous.start),
            "previous_to": ReportWriter.isoUTC(comparison.previous.end),
            "groups": lines.map { entry($0, keyed: true) },
            "totals": totals.map { entry($0, keyed: false) },
        ]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return TextCell.jsonEscapingControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    private static func cells(_ line: Line) -> [String] {
        [
            TextCell.plain(line.label), Money(line.current, line.currency).formatted,
            line.previous.map { Money($0, line.currency).formatted } ?? "—", signed(line.delta, line.currency),
            line.deltaPercent.map { (($0 >= 0 ? "+" : "") + percentNumber($0)) + "%" } ?? "—",
        ]
    }

    private static func signed(_ amount: Amount, _ currency: Currency) -> String {
        (amount.isNegative || amount.isZero ? "" : "+") + Money(amount, currency).formatted
    }

    /// One decimal, e.g. `150.0`, `-12.5`.
    static func percentNumber(_ value: Double) -> String { String(format: "%.1f", value) }
}
