import CostCore
import Foundation
import Reports

/// Writes `costscope spikes` findings as an aligned table or as JSON with exact decimal strings.
package enum SpikesWriter {
    /// How the findings are written.
    package enum Format: String, CaseIterable, Sendable {
        case table, json
    }

    /// Findings in the order they are listed: per currency (amounts in different currencies are
    /// never ranked against each other), largest |Δ| first.
    static func ordered(_ findings: [SpikeFinding]) -> [SpikeFinding] {
        findings.sorted { lhs, rhs in
            if lhs.currency != rhs.currency { return lhs.currency < rhs.currency }
            if lhs.delta.magnitude != rhs.delta.magnitude { return lhs.delta.magnitude > rhs.delta.magnitude }
            return (lhs.provider.rawValue, lhs.account, lhs.pathText, lhs.period.start)
                < (rhs.provider.rawValue, rhs.account, rhs.pathText, rhs.period.start)
        }
    }

    /// The findings in `format`, ending with a newline; periods are shown in `zone`.
    package static func write(_ findings: [SpikeFinding], as format: Format, range: DateRange, zone: TimeZone) throws
        -> String
    {
        switch format {
        case .table: table(ordered(findings), range: range, zone: zone)
        case .json: try json(ordered(findings), range: range)
        }
    }

    package static func table(_ findings: [SpikeFinding], range: DateRange, zone: TimeZone) -> String {
        guard !findings.isEmpty else {
            return "No spikes, drops or new spend from \(day(range.start, zone)) to \(lastDay(range, zone)).\n"
        }
        let header = ["Provider", "Account", "Path", "Label", "Period", "Baseline", "Actual", "Δ", "Δ%"]
        let rows = findings.map { finding in
            [
                finding.provider.displayName, TextCell.plain(finding.account), TextCell.plain(finding.pathText),
                finding.label.rawValue,
                period(finding, zone: zone), estimate(finding.baseline, finding) + "/" + finding.grain.rawValue,
                money(finding.actual, finding), signedEstimate(finding.delta, finding) + " " + finding.currency.code,
                finding.deltaPercent.map(percent) ?? "—",
            ]
        }
        let rightAligned: Set<Int> = [5, 6, 7, 8]
        var widths = Array(repeating: 0, count: header.count)
        for row in [header] + rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            var text = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = String(repeating: "-", count: widths.reduce(2 * (widths.count - 1), +))
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    package static func json(_ findings: [SpikeFinding], range: DateRange) throws -> String {
        let events: [[String: Any]] = findings.map { finding in
            [
                "provider": finding.provider.rawValue,
                "account": finding.account,
                "path": finding.path.map { ["level": $0.dimension.rawValue, "id": $0.id, "label": $0.label] },
                "path_text": finding.pathText,
                "label": finding.label.rawValue,
                "grain": finding.grain.rawValue,
                "start": isoUTC(finding.period.start),
                "end": isoUTC(finding.period.end),
                "buckets": finding.bucketCount,
                "currency": finding.currency.code,
                "baseline": finding.baseline.description,
                "expected": finding.expected.description,
                "actual": finding.actual.description,
                "delta": finding.delta.description,
                "delta_percent": finding.deltaPercent.map { String(format: "%.1f", $0) } ?? NSNull(),
            ]
        }
        let document: [String: Any] = ["from": isoUTC(range.start), "to": isoUTC(range.end), "events": events]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return TextCell.jsonEscapingControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// The flagged days (`2026-11-15 – 2026-11-16`) or months (`2026-11`) in `zone`.
    package static func period(_ finding: SpikeFinding, zone: TimeZone) -> String {
        let first = day(finding.period.start, zone)
        let last = day(finding.period.end.addingTimeInterval(-1), zone)
        if finding.grain == .month {
            let firstMonth = String(first.prefix(7))
            let lastMonth = String(last.prefix(7))
            return firstMonth == lastMonth ? firstMonth : firstMonth + " – " + lastMonth
        }
        return first == last ? first : first + " – " + last
    }

    private static func lastDay(_ range: DateRange, _ zone: TimeZone) -> String {
        day(range.end.addingTimeInterval(-1), zone)
    }

    private static func day(_ date: Date, _ zone: TimeZone) -> String {
        CivilDateTime(date, utcOffsetSeconds: zone.secondsFromGMT(for: date)).dateText
    }

    private static func money(_ amount: Amount, _ finding: SpikeFinding) -> String {
        amount.description + " " + finding.currency.code
    }

    /// A baseline is a median, an estimate: shown to the currency's minor unit in the table
    /// (JSON keeps every digit).
    private static func estimate(_ amount: Amount, _ finding: SpikeFinding) -> String {
        amount.formatted(places: finding.currency.minorUnitDigits) + " " + finding.currency.code
    }

    /// Δ against the baseline, an estimate too: signed, to the currency's minor unit.
    private static func signedEstimate(_ amount: Amount, _ finding: SpikeFinding) -> String {
        let text = amount.formatted(places: finding.currency.minorUnitDigits)
        return amount.isNegative || text.allSatisfy { $0 == "0" || $0 == "." } ? text : "+" + text
    }

    private static func percent(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + String(format: "%.1f%%", value)
    }

    private static func isoUTC(_ date: Date) -> String { CivilDateTime(date, utcOffsetSeconds: 0).description + "Z" }
}
