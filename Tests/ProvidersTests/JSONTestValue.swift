import CostCore
import Foundation
import Providers

/// A JSON tree for tests: read with ``JSONReader`` (numbers as exact amounts),
/// written back with random but valid spelling, compared with Foundation's view.
indirect enum JSONTestValue: Equatable, Sendable, CustomStringConvertible {
    case object([Member])
    case array([JSONTestValue])
    case string(String)
    case number(Amount)
    case bool(Bool)
    case null

    /// An object member; kept in order, duplicates allowed.
    struct Member: Equatable, Sendable {
        var key: String
        var value: JSONTestValue
    }

    /// A number from exact decimal text.
    static func num(_ text: String) -> JSONTestValue { .number(Amount(text)!) }

    /// An object from ordered pairs.
    static func obj(_ pairs: (String, JSONTestValue)...) -> JSONTestValue {
        .object(pairs.map { Member(key: $0.0, value: $0.1) })
    }

    var description: String {
        var text = ""
        var plain: JSONTestRandom? = nil
        write(into: &text, random: &plain)
        return text
    }

    // MARK: Reading

    /// Reads any value with the structured API (recursively; keep `maxDepth` modest).
    static func read(_ reader: inout JSONReader) throws(JSONError) -> JSONTestValue {
        switch reader.peekKind() {
        case .object:
            var members: [Member] = []
            try reader.readObject { key, reader throws(JSONError) in
                members.append(Member(key: key.stringValue, value: try read(&reader)))
            }
            return .object(members)
        case .array:
            var elements: [JSONTestValue] = []
            try reader.readArray { index, reader throws(JSONError) in
                precondition(index == elements.count)
                elements.append(try read(&reader))
            }
            return .array(elements)
        case .string:
            return .string(try reader.readString())
        case .number:
            return .number(try reader.readAmount())
        case .bool:
            return .bool(try reader.readBool())
        case .null:
            _ = try reader.readNull()
            return .null
        case nil:
            try reader.skipValue()  // throws: nothing valid starts here
            throw reader.makeError("skipValue accepted a value peekKind did not recognise")
        }
    }

    /// Reads a whole document: one value and nothing after it.
    static func parse(_ text: String, maxDepth: Int = 64) throws(JSONError) -> JSONTestValue {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }

    /// Reads a whole document: one value and nothing after it.
    static func parse(_ bytes: [UInt8], maxDepth: Int = 64) throws(JSONError) -> JSONTestValue {
        try JSONReader.read(bytes, maxDepth: maxDepth) { reader throws(JSONError) in try read(&reader) }
    }

    // MARK: Writing

    /// Writes valid JSON; with a generator, varies whitespace, escapes and number spelling.
    func write(into text: inout String, random: inout JSONTestRandom?) {
        func space() {
            guard random != nil, random!.oneIn(3) else { return }
            for _ in 0...random!.below(2) { text += random!.pick([" ", "\t", "\n", "\r\n", "  "]) }
        }
        switch self {
        case .object(let members):
            text += "{"
            space()
            for (index, member) in members.enumerated() {
                if index > 0 {
                    text += ","
                    space()
                }
                JSONTestValue.writeString(member.key, into: &text, random: &random)
                space()
                text += ":"
                space()
                member.value.write(into: &text, random: &random)
                space()
            }
            text += "}"
        case .array(let elements):
            text += "["
            space()
            for (index, element) in elements.enumerated() {
                if index > 0 {
                    text += ","
                    space()
                }
                element.write(into: &text, random: &random)
                space()
            }
            text += "]"
        case .string(let value):
            JSONTestValue.writeString(value, into: &text, random: &random)
        case .number(let amount):
            text += JSONTestValue.spell(amount, random: &random)
        case .bool(let value):
            text += value ? "true" : "false"
        case .null:
            text += "null"
        }
    }

    /// A string literal; control characters are always escaped, others sometimes.
    static func writeString(_ value: String, into text: inout String, random: inout JSONTestRandom?) {
        func hex(_ unit: UInt16) -> String {
            let digits = String(unit, radix: 16, uppercase: random?.oneIn(2) ?? false)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{8}": text += "\\b"
            case "\u{C}": text += "\\f"
            case "/" where random?.oneIn(2) ?? false: text += "\\/"
            default:
                if scalar.value < 0x20 || (random?.oneIn(4) ?? false) {
                    for unit in String(scalar).utf16 { text += hex(unit) }
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    /// The amount as JSON number text: plain, with padding zeros, or with an exponent.
    static func spell(_ amount: Amount, random: inout JSONTestRandom?) -> String {
        let plain = amount.description
        guard random != nil else { return plain }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = String(parts[0]) + fraction
        var exponent = -fraction.count
        while digits.count > 1 && digits.hasPrefix("0") { digits.removeFirst() }
        let sign = negative ? "-" : ""
        switch random!.below(4) {
        case 0:
            return plain
        case 1:
            return plain + (fraction.isEmpty ? "." : "") + String(repeating: "0", count: 1 + random!.below(3))
        case 2:
            let marker = random!.pick(["e", "E"])
            let exponentSign = exponent < 0 ? "-" : random!.pick(["", "+"])
            return sign + digits + marker + exponentSign + String(abs(exponent))
        default:
            // d.ddd × 10^k
            exponent += digits.count - 1
            let mantissa = digits.count > 1 ? String(digits.first!) + "." + digits.dropFirst() : digits
            return sign + mantissa + "e" + String(exponent)
        }
    }

    // MARK: Random trees

    /// A random tree at most `depth` containers deep.
    static func random(_ random: inout JSONTestRandom, depth: Int) -> JSONTestValue {
        let choice = depth > 0 ? random.below(10) : 2 + random.below(8)
        switch choice {
        case 0:
            var keys = Set<String>()
            var members: [Member] = []
            for _ in 0..<random.below(5) {
                let key = randomString(&random)
                guard keys.insert(key).inserted else { continue }
                members.append(Member(key: key, value: JSONTestValue.random(&random, depth: depth - 1)))
            }
            return .object(members)
        case 1:
            return .array((0..<random.below(5)).map { _ in JSONTestValue.random(&random, depth: depth - 1) })
        case 2, 3, 4:
            return .string(randomString(&random))
        case 5, 6, 7:
            return .number(randomAmount(&random))
        case 8:
            return .bool(random.oneIn(2))
        default:
            return .null
        }
    }

    /// A short string mixing ASCII, escapes, control characters, Cyrillic, CJK and astral characters.
    static func randomString(_ random: inout JSONTestRandom) -> String {
        let pieces = [
            "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "Объект", "ё",
            "云存储", "💰", "\u{2028}", "\u{FFFD}", "\u{10FFFF}", "amount_nds", "é",
        ]
        return (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
    }

    /// An amount with up to 15 integer and 12 fractional digits.
    static func randomAmount(_ random: inout JSONTestRandom) -> Amount {
        let whole = (0..<random.below(16)).map { _ in String(random.below(10)) }.joined()
        let fraction = (0..<random.below(13)).map { _ in String(random.below(10)) }.joined()
        let text =
            (random.oneIn(3) ? "-" : "") + (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
        return Amount(text)!
    }

    // MARK: Foundation

    /// Whether Foundation's `JSONSerialization` result holds the same values
    /// (last duplicate key wins, as in Foundation). Foundation keeps numbers as
    /// doubles and does not always round numbers with more than 17 significant
    /// digits correctly, so numbers match within a relative 1e-15.
    func matches(foundation value: Any) -> Bool {
        switch self {
        case .object(let members):
            guard let dictionary = value as? [String: Any] else { return false }
            var last: [String: JSONTestValue] = [:]
            for member in members { last[member.key] = member.value }
            guard dictionary.count == last.count else { return false }
            return last.allSatisfy { key, expected in dictionary[key].map { expected.matches(foundation: $0) } ?? false
            }
        case .array(let elements):
            guard let array = value as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { $0.matches(foundation: $1) }
        case .string(let expected):
            return (value as? String) == expected
        case .number(let amount):
            guard let number = value as? NSNumber, let expected = Double(amount.description) else { return false }
            return abs(number.doubleValue - expected) <= abs(expected) * 1e-15
        case .bool(let expected):
            return (value as? Bool) == expected
        case .null:
            return value is NSNull
        }
    }
}
