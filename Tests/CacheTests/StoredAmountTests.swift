import CostCore
import Testing

@testable import Cache

@Suite("Amounts read back from their stored text")
struct StoredAmountTests {
    @Test(arguments: [
        "0", "5", "-0.01", "1234.567890123456", "99999999999999999999.999999999999", "0.000000000001", "-7",
        "123456789012345678901", "1.2345678901234", "1e3", ".5", "1.", "-", "", "12a", " 3", "+4", "--1",
        // Too many digits for 128 bits: refused, never trapped.
        String(repeating: "9", count: 39), "-" + String(repeating: "1", count: 60),
        "1." + String(repeating: "7", count: 40), "0000000000000000000000001.5",
        "1." + String(repeating: "0", count: 30),
    ])
    func matchesTheGeneralParser(text: String) {
        let bytes = Array(text.utf8)
        let parsed = bytes.withUnsafeBufferPointer { StoredAmount.parse($0) }
        #expect(parsed == Amount(text))
    }
}
