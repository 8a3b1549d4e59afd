import CostCore

/// One data record of a CSV answer, read by column name.
struct SeewebCSVRow {
    /// The record's line.
    let line: Int
    /// The fields, in header order.
    let fields: [String]
    /// Column name → field index, from the header.
    let columns: [String: Int]

    /// The field of `column`, or nil when the column is absent or the field empty.
    func text(_ column: String) -> String? {
        guard let index = columns[column], index < fields.count, !fields[index].isEmpty else { return nil }
        return fields[index]
    }

    /// The non-empty field of `column`.
    func requiredText(_ column: String) throws(SeewebCSVError) -> String {
        guard let text = text(column) else { throw error(column, "a value is required") }
        return text
    }

    /// The decimal in `column`, or nil when empty. Money is refused beyond twelve decimals;
    /// hours and percentages (`rounding`) are rounded.
    func amount(_ column: String, rounding: Bool = false) throws(SeewebCSVError) -> Amount? {
        guard let text = text(column) else { return nil }
        let parsed = rounding ? Amount(roundingExcessDigits: text) : Amount(text)
        guard let parsed else { throw error(column, "expected a decimal number") }
        return parsed
    }

    /// The non-empty decimal in `column`.
    func requiredAmount(_ column: String, rounding: Bool = false) throws(SeewebCSVError) -> Amount {
        guard let value = try amount(column, rounding: rounding) else { throw error(column, "a value is required") }
        return value
    }

    /// The whole number in `column`, or nil when empty.
    func integer(_ column: String) throws(SeewebCSVError) -> Int? {
        guard let text = text(column) else { return nil }
        guard text.utf8.count <= 18, let value = Int(text) else { throw error(column, "expected a whole number") }
        return value
    }

    /// An error about `column` on this line.
    func error(_ column: String?, _ message: String) -> SeewebCSVError {
        SeewebCSVError(line: line, column: column, message: message)
    }
}
