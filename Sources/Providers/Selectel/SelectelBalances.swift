/// The part of `GET /v3/balances` that names the account currency. Recorded answers put
/// `settings` at the top level or under `data`; both are read.
struct SelectelBalances: Sendable {
    /// `settings.currency`, e.g. `rub`, when given.
    var currencyCode: String?

    /// Decodes the answer, skipping everything but the two `settings` objects.
    static func decode(_ body: [UInt8]) throws(JSONError) -> SelectelBalances {
        try JSONReader.read(body) { reader throws(JSONError) in
            var topLevel: String?
            var nested: String?
            try reader.readObject { key, reader throws(JSONError) in
                switch key {
                case "settings":
                    topLevel = try readCurrency(&reader)
                case "data":
                    guard case .object = reader.peekKind() else {
                        try reader.skipValue()
                        return
                    }
                    try reader.readObject { key, reader throws(JSONError) in
                        if key == "settings" {
                            nested = try readCurrency(&reader)
                        } else {
                            try reader.skipValue()
                        }
                    }
                default:
                    try reader.skipValue()
                }
            }
            return SelectelBalances(currencyCode: topLevel ?? nested)
        }
    }

    private static func readCurrency(_ reader: inout JSONReader) throws(JSONError) -> String? {
        if try reader.readNull() { return nil }
        var currency: String?
        try reader.readObject { key, reader throws(JSONError) in
            if key == "currency" {
                currency = try reader.readStringOrNull()
            } else {
                try reader.skipValue()
            }
        }
        return currency
    }
}
