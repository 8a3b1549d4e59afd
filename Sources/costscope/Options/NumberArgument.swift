import ArgumentParser
import CostscopeApp

/// Numeric option values read with a message that says what is wrong. The options that use it
/// parse `.unconditional`ly, so that a negative value such as `--top -1` reaches the check
/// instead of being taken for a flag and reported as a missing value.
enum NumberArgument {
    /// A whole number of type `Number`.
    static func whole<Number: FixedWidthInteger & Sendable>(_ text: String, as type: Number.Type = Number.self)
        throws(ValidationError) -> Number
    {
        guard let value = Number(text) else {
            throw ValidationError("expected a whole number from \(Number.min) to \(Number.max)")
        }
        return value
    }

    /// A finite decimal number.
    static func decimal(_ text: String) throws(ValidationError) -> Double {
        guard let value = Double(text), value.isFinite else {
            throw ValidationError("expected a number such as 50 or 12.5")
        }
        return value
    }
}
