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

    /// Reads hours or a percentage — no money: a number or a string holding one, or `null` as
    /// nil. Anything else is skipped and reported to `warn`, and read as nil.
    mutating func readSeewebQuantity(warn: (String) -> Void) throws(JSONError) -> Amount? {
        try readSeewebLenient(warn: warn, problem: "is not a number") { Amount(roundingExcessDigits: $0) }
    }

    /// Reads a whole number such as `year` — no money — or `null` as nil. Anything else is
    /// skipped and reported to `warn`, and read as nil.
    mutating func readSeewebInteger(warn: (String) -> Void) throws(JSONError) -> Int? {
        try readSeewebLenient(warn: warn, problem: "is not a whole number") { text in
            text.utf8.count <= 18 ? Int(text) : nil
        }
    }

    /// Reads a scalar with `parse`; a value `parse` refuses, or a container, is reported to `warn` and skipped.
    private mutating func readSeewebLenient<Value>(
        warn: (String) -> Void, problem: String, parse: (String) -> Value?
    ) throws(JSONError) -> Value? {
        if try readNull() { return nil }
        let path = currentPath()
        let kind = peekKind()
        let shown: String
        if kind == .number || kind == .string || kind == .bool {
            let text = try readScalarText()
            if let value = parse(text) { return value }
            shown = ServerText.quote(text)
        } else {
            try skipValue()
            shown = kind.map { "\($0)" } ?? "a value"
        }
        warn("JSON \(path): \(shown) \(problem); the value is left out, the row is kept")
        return nil
    }
}
