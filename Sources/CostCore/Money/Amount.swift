/// An exact decimal number with up to ``scale`` fractional digits.
///
/// Stored as a 128-bit count of 10⁻¹² units, so sums of millions of money
/// values are exact and cheap. Values are parsed from text and never pass
/// through `Double`; ``doubleValue`` exists only for bar geometry.
public struct Amount: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Fractional digits kept exactly.
    public static let scale = 12
    /// The most integer digits accepted when parsing (keeps sums far from overflow).
    public static let maxIntegerDigits = 20
    static let unit: Int128 = 1_000_000_000_000

    /// The value in units of 10⁻¹².
    public let units: Int128

    /// Creates an amount from raw 10⁻¹² units.
    public init(units: Int128) { self.units = units }

    public init(_ value: Int) { self.units = Int128(value) * Amount.unit }

    /// Creates an amount from an integer count of minor units, e.g. kopecks:
    /// `Amount(minorUnits: 12345, decimals: 2)` is 123.45.
    public init(minorUnits: Int64, decimals: Int) {
        precondition((0...Amount.scale).contains(decimals), "decimals out of range")
        var factor: Int128 = 1
        for _ in 0..<(Amount.scale - decimals) { factor *= 10 }
        self.units = Int128(minorUnits) * factor
    }

    /// Zero.
    public static let zero = Amount(units: 0)

    /// Whether the amount is exactly zero.
    public var isZero: Bool { units == 0 }
    /// Whether the amount is below zero.
    public var isNegative: Bool { units < 0 }

    /// The sum; exact. Sums of records cannot overflow: ``SpendLimit`` bounds every account's
    /// amounts when they arrive. Use ``addingReportingOverflow(_:)`` for values from elsewhere.
    public static func + (lhs: Amount, rhs: Amount) -> Amount { Amount(units: lhs.units + rhs.units) }
    /// The difference; exact.
    public static func - (lhs: Amount, rhs: Amount) -> Amount { Amount(units: lhs.units - rhs.units) }
    /// Adds in place; exact.
    public static func += (lhs: inout Amount, rhs: Amount) { lhs = lhs + rhs }
    /// Subtracts in place; exact.
    public static func -= (lhs: inout Amount, rhs: Amount) { lhs = lhs - rhs }
    /// The exact sum, and whether it overflowed (then the sum is not meaningful).
    public func addingReportingOverflow(_ other: Amount) -> (partialValue: Amount, overflow: Bool) {
        let (sum, overflow) = units.addingReportingOverflow(other.units)
        return (Amount(units: sum), overflow)
    }

    /// The exact difference, and whether it overflowed (then the difference is not meaningful).
    public func subtractingReportingOverflow(_ other: Amount) -> (partialValue: Amount, overflow: Bool) {
        let (difference, overflow) = units.subtractingReportingOverflow(other.units)
        return (Amount(units: difference), overflow)
    }

    /// The exact sum, or nil when it does not fit.
    public func adding(_ other: Amount) -> Amount? {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? nil : sum
    }

    /// The negation.
    public static prefix func - (value: Amount) -> Amount { Amount(units: -value.units) }
    /// Orders by value.
    public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.units < rhs.units }

    /// The absolute value.
    public var magnitude: Amount { Amount(units: units == .min ? .max : (units < 0 ? -units : units)) }

    /// An approximation for drawing bars and computing shares. Never use it for money.
    public var doubleValue: Double {
        // The same sum either way; 64-bit division and conversion when the value fits (below
        // about 9.2 million), which is most of them and several times faster than 128-bit.
        if let small = Int64(exactly: units) {
            return Double(small / 1_000_000_000_000) + Double(small % 1_000_000_000_000) / 1e12
        }
        let whole = units / Amount.unit
        let fraction = Int64(units % Amount.unit)
        return (Int64(exactly: whole).map { Double($0) } ?? Double(whole)) + Double(fraction) / 1e12
    }

    /// `self / other` as a floating-point ratio (for shares and percentages), or nil when `other` is zero.
    public func ratio(to other: Amount) -> Double? {
        other.isZero ? nil : doubleValue / other.doubleValue
    }

    /// Rounds half away from zero to `places` fractional digits (0…12).
    public func rounded(toPlaces places: Int) -> Amount {
        let places = min(max(places, 0), Amount.scale)
        var step: Int128 = 1
        for _ in 0..<(Amount.scale - places) { step *= 10 }
        if step == 1 { return self }
        let remainder = units % step
        var base = units - remainder
        if remainder.magnitude * 2 >= step.magnitude { base += units < 0 ? -step : step }
        return Amount(units: base)
    }

    /// The exact value in plain decimal notation with no trailing zeros, e.g. `0.3`, `-12`, `1234.5`.
    public var description: String {
        let negative = units < 0
        let magnitude = units.magnitude
        let whole = magnitude / UInt128(Amount.unit)
        var fraction = magnitude % UInt128(Amount.unit)
        var digits = Amount.scale
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = negative ? "-" : ""
        text += String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    /// The value with exactly `places` fractional digits (rounded half away
    /// from zero) and, optionally, a thousands separator between groups of
    /// three integer digits, e.g. `1 234 567.80`.
    public func formatted(places: Int, groupingSeparator: String? = nil) -> String {
        let places = min(max(places, 0), Amount.scale)
        let rounded = self.rounded(toPlaces: places)
        let magnitude = rounded.units.magnitude
        let whole = magnitude / UInt128(Amount.unit)
        var wholeText = String(whole)
        if let separator = groupingSeparator, wholeText.count > 3 {
            var grouped: [String] = []
            var remaining = Substring(wholeText)
            while remaining.count > 3 {
                grouped.insert(String(remaining.suffix(3)), at: 0)
                remaining = remaining.dropLast(3)
            }
            grouped.insert(String(remaining), at: 0)
            wholeText = grouped.joined(separator: separator)
        }
        var text = (rounded.units < 0 ? "-" : "") + wholeText
        if places > 0 {
            var fraction = magnitude % UInt128(Amount.unit)
            for _ in 0..<(Amount.scale - places) { fraction /= 10 }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: places - fractionText.count) + fractionText
        }
        return text
    }
}
