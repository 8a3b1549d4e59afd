/// What a `huge-amount` fault does to an answer: every money field of the five providers'
/// JSON answers (`value`, `amount`, `amount_nds`, `total_cost`, `cost`), number or string,
/// becomes 39 nines.
enum HugeAmounts {
    /// A number of 39 digits: beyond a 128-bit count of 10⁻¹² units.
    static let digits = Array(repeating: UInt8(ascii: "9"), count: 39)

    private static let keys = ["value", "amount", "amount_nds", "total_cost", "cost"].map { Array("\"\($0)\"".utf8) }

    /// `body` with every amount replaced.
    static func splice(into body: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var position = 0
        while position < body.count {
            if body[position] == UInt8(ascii: "\""), let (valueStart, valueEnd) = amount(in: body, at: position) {
                result += body[position..<valueStart]
                result += digits
                position = valueEnd
            } else {
                result.append(body[position])
                position += 1
            }
        }
        return result
    }

    /// The bounds of the amount when a money key starts at `start`: `"key" : "?-?digits"?`.
    private static func amount(in body: [UInt8], at start: Int) -> (Int, Int)? {
        guard let key = keys.first(where: { body[start...].starts(with: $0) }) else { return nil }
        var position = start + key.count
        while position < body.count, body[position] == UInt8(ascii: " ") { position += 1 }
        guard position < body.count, body[position] == UInt8(ascii: ":") else { return nil }
        position += 1
        while position < body.count, body[position] == UInt8(ascii: " ") { position += 1 }
        let valueStart = position
        let quoted = position < body.count && body[position] == UInt8(ascii: "\"")
        if quoted { position += 1 }
        if position < body.count, body[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while position < body.count, isNumberByte(body[position]) { position += 1 }
        guard position > digitsStart else { return nil }
        if quoted {
            guard position < body.count, body[position] == UInt8(ascii: "\"") else { return nil }
            position += 1
        }
        return (valueStart, position)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }
}
