/// An ISO 4217 currency, e.g. `RUB`, `EUR`, `USD`.
public struct Currency: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The upper-case three-letter code.
    public let code: String

    /// Creates a currency from a three-letter code in any case (`rub` → `RUB`).
    /// Returns nil for anything that is not three ASCII letters.
    public init?(code: some StringProtocol) {
        let trimmed = code.trimmingSpaces
        guard trimmed.utf8.count == 3, trimmed.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return nil
        }
        self.code = trimmed.uppercased()
    }

    /// Russian rouble.
    public static let rub = Currency(knownCode: "RUB")
    /// Euro.
    public static let eur = Currency(knownCode: "EUR")
    /// US dollar.
    public static let usd = Currency(knownCode: "USD")

    private init(knownCode: String) { self.code = knownCode }

    /// A symbol where one is unambiguous in a terminal (`₽`, `€`, `$`), else the code.
    public var symbol: String {
        switch code {
        case "RUB": "₽"
        case "EUR": "€"
        case "USD": "$"
        case "GBP": "£"
        default: code
        }
    }

    /// Digits after the decimal point in the currency's minor unit (2 for most, 0 for JPY).
    public var minorUnitDigits: Int {
        switch code {
        case "JPY", "KRW", "VND", "CLP", "ISK": 0
        case "BHD", "KWD", "OMR", "JOD", "TND": 3
        default: 2
        }
    }

    /// The code.
    public var description: String { code }

    /// Orders alphabetically by code.
    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }
}
