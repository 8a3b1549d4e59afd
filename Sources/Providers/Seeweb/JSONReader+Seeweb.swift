import CostCore

extension JSONReader {
    /// Reads Seeweb money (``SeewebMoney``): a JSON number or a string holding one, rounded to the cent.
    mutating func readSeewebMoney() throws(JSONError) -> Amount {
        let start = skipWhitespace(from: offset)
        let kind = peekKind()
        guard kind == .number || kind == .string else {
            throw mismatch(at: start, expected: "a number or a string holding one")
        }
        let text = try readScalarText()
        guard let amount = SeewebMoney.amount(text) else {
            let message = kind == .string ? "expected a decimal number in the string" : "number too large to hold"
            throw makeError(message, at: start)
        }
        return amount
    }

    /// Reads Seeweb money, or `null` as nil.
    mutating func readSeewebMoneyOrNull() throws(JSONError) -> Amount? {
        if try readNull() { return nil }
        return try readSeewebMoney()
    }
}
