import CostCore
import Foundation
import Providers
import TerminalKit
import Testing

@testable import Explorer

@Suite("Δ shortened to thousands in narrow panes")
struct CompactChangeTests {
    @Test func thousandsAndMillionsAreRoundedToATenthAndSmallChangesStayExact() {
        let cases: [(String, String)] = [
            ("-105779.37", "−105.8K ₽"), ("8841.75", "+8,841.75 ₽"), ("10000", "+10.0K ₽"),
            ("-10049.99", "−10.0K ₽"), ("10050", "+10.1K ₽"), ("12449999.99", "+12.4M ₽"),
            ("1234567890.12", "+1,234.6M ₽"),
        ]
        for (value, expected) in cases {
            #expect(ChangeText.compactMoney(Amount(value)!, .rub, ascii: false) == expected, "\(value)")
        }
        #expect(ChangeText.compactMoney(Amount("-20000")!, .usd, ascii: true) == "-20.0K USD")
    }

    /// One project with 150,000 ₽ in the last 7 days and 40,000 ₽ in the 7 before.
    static func state(width: Int, height: Int) -> ExplorerState {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: width, height: height), now: Fixtures.now, zone: Fixtures.moscow,
            accounts: [AccountEntry(name: "cloudru-demo", provider: .cloudru)], preset: .last7Days)
        _ = state.beginFetch()
        let current = state.query.range
        let previous = DateRange(start: current.start.addingTimeInterval(-7 * 86_400), end: current.start)
        let records = [(current, "150000"), (previous, "40000")].map { period, amount in
            CostRecord(
                provider: .cloudru, account: "cloudru-demo", project: EntityRef(id: "shop", name: "Интернет-магазин"),
                period: DateRange(start: period.start, end: period.start.addingTimeInterval(86_400)),
                amount: Money(Amount(amount)!, .rub))
        }
        state.answerFetch(records, account: "cloudru-demo")
        return state
    }

    @Test func at80ColumnsALargeChangeIsShortenedAndAt200ItIsExact() throws {
        let narrow = ExplorerView.render(Self.state(width: 80, height: 24)).lines
        let row = try #require(narrow.first { $0.contains("▶ ") })
        #expect(row.contains("+110.0K ₽"), "\(row)")
        #expect(row.contains("Интерне"), "\(row)")
        let wide = ExplorerView.render(Self.state(width: 200, height: 50)).lines
        let wideRow = try #require(wide.first { $0.contains("▶ ") })
        #expect(wideRow.contains("+110,000.00 ₽"), "\(wideRow)")
    }
}
