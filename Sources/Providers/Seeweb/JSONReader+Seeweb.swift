import CostCore

extension JSONReader {
    /// Reads Seeweb money (``SeewebMoney``): a JSON number or a string holding one, rounded to
    /// the cent; a value with more than float noise below the cent is reported to `warn`.
    mutating func readSeewebMoney(warn: (String) -> Void) throws(JSONError) -> Amount {
        let start = skipWhitespace(from: offset)
        let kind = peekKind()
        guard kind == .number || kind == .string else {
            throw mismatch(at: start, expected: "a number or a string holding one")
        }
        let path = currentPath()
        let text = try readScalarText()
        guard let money = SeewebMoney.amount(text) else {
            let message = kind == .string ? "expected a decimal number in the string" : "number too large to hold"
            throw makeError(message, at: start)
        }
        if money.belowCent { warn(SeewebMoney.roundedNote("JSON \(path)", text, to: money.amount)) }
        return money.amount
    }

    /// Reads Seeweb money, or `null` as nil.
    mutating func readSeewebMoneyOrNull(warn: (String) -> Void) throws(JSONError) -> Amount? {
        if try readNull() { return nil }
        return try readSeewebMoney(warn: warn)
    }
}
