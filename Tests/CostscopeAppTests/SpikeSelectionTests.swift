import CostCore
import Foundation
import Testing

@testable import CostscopeApp

@Suite struct SpikeSelectionTests {
    private let history = AppFixtures.days(30)
    private let now = AppFixtures.november.addingTimeInterval(30 * AppFixtures.day)
    /// The last week, where findings are reported.
    private var lastWeek: DateRange {
        DateRange(start: history.end.addingTimeInterval(-7 * AppFixtures.day), end: history.end)
    }

    private func findings(_ records: [CostRecord]) -> [SpikeFinding] {
        let table = SpikeSeriesTable(
            store: SpendStore(records), grain: .day, range: history, zone: AppFixtures.utc, now: now)
        return SpikeScanner(table: table, thresholds: .standard).findings(in: lastWeek)
    }

    @Test func aChangeIsReportedOnceAtTheMostSpecificPathThatExplainsIt() {
        let records =
            AppFixtures.daily(account: "main", object: "db", over: history, amount: "100.00", spike: (26, "400.00"))
            + AppFixtures.daily(account: "main", object: "web", over: history, amount: "100.00")
        let found = findings(records)
        #expect(found.count == 1)
        #expect(found.first?.pathText == "Production / db / CPU")
        #expect(found.first?.label == .spike)
        #expect(found.first?.account == "main")
    }

    @Test func aSmallObjectsChangeThatBarelyMovesTheAccountIsNotListed() {
        // "tiny" triples, but it is under 10 % of the account's spend over those days.
        let records =
            AppFixtures.daily(account: "main", object: "tiny", over: history, amount: "1.00", spike: (26, "3.00"))
            + AppFixtures.daily(account: "main", object: "big", over: history, amount: "500.00")
        #expect(findings(records).isEmpty)
    }

    @Test func aChangeThatEndedBeforeTheReportedRangeIsNotListed() {
        // Three expensive days in mid-November, then back to normal for more than a week.
        var records = AppFixtures.daily(account: "main", object: "db", over: history, amount: "100.00")
        for index in 12..<15 { records[index].amount = Money(Amount("400.00")!, .rub) }
        let wholeMonth = SpikeScanner(
            table: SpikeSeriesTable(
                store: SpendStore(records), grain: .day, range: history, zone: AppFixtures.utc, now: now),
            thresholds: .standard
        ).findings(in: history)
        #expect(wholeMonth.map(\.pathText) == ["Production / db / CPU"])
        #expect(findings(records).isEmpty)
    }
}
