import CostCore
import Testing

@Suite("Amount.doubleValue")
struct AmountDoubleValueTests {
    /// The definition: whole units plus the fraction, each converted from 128-bit integers.
    private func reference(_ amount: Amount) -> Double {
        let unit: Int128 = 1_000_000_000_000
        return Double(amount.units / unit) + Double(amount.units % unit) / 1e12
    }

    @Test(arguments: [
        "0", "0.000000000001", "-0.01", "1.85", "9223372.036854775807", "9223372.036854775808", "-9223372.036854775809",
        "24422776.63", "-123456789.123456789012", "99999999999999999999.999999999999",
        "-99999999999999999999.999999999999", "12345678901234567890.5",
    ])
    func isTheSameOnTheFastAndTheWidePath(text: String) throws {
        let amount = try #require(Amount(text))
        #expect(amount.doubleValue == reference(amount))
    }
}
