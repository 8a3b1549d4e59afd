import Foundation
import Testing

@Suite("Seeweb reserved discounts end to end")
struct SeewebDrillEndToEndTests {
    @Test func theDemoReachesAServersReservedDiscounts() throws {
        // Group eg105462 → its third server, shop-frontend-1, which has two reservations.
        let result = try Binary.run([
            "demo", "--now", "2026-11-20", "--account", "seeweb-demo", "--snapshot", "120x40", "--keys",
            "down enter down down enter",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let frame = result.stdout
        #expect(frame.contains("All groups › eg105462 › shop-frontend-1"), "\(frame)")
        #expect(frame.contains("Reserved plan 28"))
        #expect(frame.range(of: #"\b\d+(\.\d+)?%"#, options: .regularExpression) != nil)
        #expect(frame.contains("Discount"))
        #expect(frame.contains("expires in") || frame.contains("expired"))
        #expect(frame.contains("Original cost"))
        #expect(frame.contains("Saved"))
        #expect(frame.split(separator: "\n").count == 40)
    }
}
