import CostCore
import Testing

/// Rounding decimal text to a number of places in one step, from the text's own digits.
@Suite("Amounts rounded to places from their text")
struct AmountRoundedToPlacesTests {
    @Test(
        "Binary-float texts round to the cent they stand for",
        arguments: [
            ("2.6399999999999997", "2.64"), ("2.6400000000000001", "2.64"), ("2.6400000000001", "2.64"),
            ("0.30000000000000004", "0.3"), ("45.279999999999994", "45.28"), ("100000.00999999998", "100000.01"),
            ("2.64", "2.64"), ("2", "2"), ("0.0", "0"), ("264e-2", "2.64"), ("2.6399999999999997E0", "2.64"),
            ("-0.30000000000000004", "-0.3"), ("1e19", "10000000000000000000"),
        ])
    func floatTexts(text: String, cents: String) {
        #expect(Amount(text, roundedToPlaces: 2)?.description == cents)
    }

    @Test("Halves round away from zero, decided by the text's digits, never rounded twice")
    func halves() throws {
        #expect(Amount("0.005", roundedToPlaces: 2) == Amount("0.01")!)
        #expect(Amount("-0.005", roundedToPlaces: 2) == Amount("-0.01")!)
        #expect(Amount("0.125", roundedToPlaces: 2) == Amount("0.13")!)
        #expect(Amount("0.0049999999999999", roundedToPlaces: 2) == .zero)
        // Rounded at twelve places first, this would be 0.005000000000 and then 0.01.
        #expect(Amount("0.00499999999999999", roundedToPlaces: 2) == .zero)
        #expect(Amount(roundingExcessDigits: "0.00499999999999999")?.rounded(toPlaces: 2) == Amount("0.01")!)
        #expect(Amount("0.0004", roundedToPlaces: 2) == .zero)
        #expect(Amount("12.3456", roundedToPlaces: 0) == Amount(12))
        #expect(Amount("12.3456", roundedToPlaces: 3) == Amount("12.346")!)
    }

    @Test("Malformed text and values beyond twenty integer digits are refused, also after rounding up")
    func refused() {
        for text in ["", "2,64", "abc", "1e", "--1", "1.2.3", "1e99999", "123456789012345678901"] {
            #expect(Amount(text, roundedToPlaces: 2) == nil, "\(text)")
        }
        #expect(Amount("99999999999999999999.99", roundedToPlaces: 2) == Amount("99999999999999999999.99")!)
        #expect(Amount("99999999999999999999.995", roundedToPlaces: 2) == nil)
    }
}
