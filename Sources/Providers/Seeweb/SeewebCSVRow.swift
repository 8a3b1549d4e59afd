import CostCore
import Foundation

/// One data record of a CSV answer, read by column. Money is strict (an error); any other
/// value that cannot be read is reported through `warn` and left out.
struct SeewebCSVRow {
    /// The record's line.
    let line: Int
    /// The fields, in header order.
    let fields: [String]
    /// The header the fields follow.
    let header: SeewebCSVHeader
    /// Where warnings about values left out go.
    let warn: (String) -> Void

    /// The field of `column`, or nil when the column is absent or the field empty.
    func text(_ column: SeewebCSVColumn) -> String? {
        guard let index = header.columns[column], index < fields.count else { return nil }
        let field = fields[index].trimmingCharacters(in: .whitespaces)
        return field.isEmpty ? nil : field
    }

    /// The non-empty field of `column`.
    func requiredText(_ column: SeewebCSVColumn) throws(SeewebCSVError) -> String {
        guard let text = text(column) else { throw error(column, "a value is required") }
        return text
    }

    /// The money in `column` rounded to the cent (``SeewebMoney``), or nil when empty; a value
    /// with more than float noise below the cent is reported to ``warn``.
    func money(_ column: SeewebCSVColumn) throws(SeewebCSVError) -> Amount? {
        guard let text = text(column) else { return nil }
        guard let money = SeewebMoney.amount(text) else { throw error(column, "expected a decimal number") }
        if money.belowCent {
            warn(
                SeewebMoney.roundedNote(
                    "CSV line \(line), column \(ServerText.quote(headerName(column)))", text, to: money.amount))
        }
        return money.amount
    }

    /// The non-empty money in `column`.
    func requiredMoney(_ column: SeewebCSVColumn) throws(SeewebCSVError) -> Amount {
        guard let amount = try money(column) else { throw error(column, "a value is required") }
        return amount
    }

    /// The hours or percentage in `column` (digits beyond twelve decimals rounded), or nil when
    /// empty or not a number — then with a warning.
    func number(_ column: SeewebCSVColumn) -> Amount? {
        guard let text = text(column) else { return nil }
        guard let value = Amount(roundingExcessDigits: text) else {
            warnNotRead(column, text, "is not a number")
            return nil
        }
        return value
    }

    /// The whole number in `column`, or nil when empty or not one — then with a warning.
    func integer(_ column: SeewebCSVColumn) -> Int? {
        guard let text = text(column) else { return nil }
        guard text.utf8.count <= 18, let value = Int(text) else {
            warnNotRead(column, text, "is not a whole number")
            return nil
        }
        return value
    }

    /// The name the header gives `column`, or its JSON name when absent.
    func headerName(_ column: SeewebCSVColumn) -> String {
        header.columns[column].map { header.names[$0] } ?? column.rawValue
    }

    /// An error about `column` on this line.
    func error(_ column: SeewebCSVColumn, _ message: String) -> SeewebCSVError {
        SeewebCSVError(line: line, column: headerName(column), message: message)
    }

    private func warnNotRead(_ column: SeewebCSVColumn, _ value: String, _ problem: String) {
        warn(
            "CSV line \(line), column \(ServerText.quote(headerName(column))): \(ServerText.quote(value)) \(problem); "
                + "the value is left out, the row is kept")
    }
}
