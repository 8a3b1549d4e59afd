import CostCore
import Foundation
import Testing

@Suite("Comparing a range with an earlier one")
struct PeriodComparisonTests {
    let utcZone = TimeZone(identifier: "UTC")!
    let current = DateRange(start: utc("2026-11-11T00:00:00"), end: utc("2026-11-21T00:00:00"))

    func record(_ project: String, day: String, _ amount: String, _ currency: Currency = .rub) -> CostRecord {
        let start = utc(day + "T00:00:00")
        return CostRecord(
            provider: .selectel, account: "acc", project: EntityRef(id: project),
            period: DateRange(start: start, end: start.addingTimeInterval(86_400)),
            amount: Money(Amount(amount)!, currency))
    }

    @Test func previousIsTheRangeOfTheSameLengthJustBefore() {
        let previous = ComparisonBaseline.previous.range(before: current, in: utcZone)
        #expect(previous == DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-11-11T00:00:00")))
        let lastMonth = ComparisonBaseline.lastMonth.range(before: current, in: utcZone)
        #expect(lastMonth == DateRange(start: utc("2026-10-11T00:00:00"), end: utc("2026-10-21T00:00:00")))
    }

    @Test func deltasArePerGroupPerCurrencyAndRankedByTheirSize() throws {
        let records = [
            record("a", day: "2026-11-12", "10.50"), record("a", day: "2026-11-02", "10.00"),
            record("b", day: "2026-11-15", "100"), record("b", day: "2026-11-03", "40"),
            record("c", day: "2026-11-04", "7"),
            record("d", day: "2026-11-20", "3"),
            record("a", day: "2026-11-12", "2", .eur), record("a", day: "2026-11-01", "1", .eur),
            record("e", day: "2026-10-30", "999"),  // in neither range
        ]
        let previous = ComparisonBaseline.previous.range(before: current, in: utcZone)
        let comparison = PeriodComparison(records: records, dimension: .project, current: current, previous: previous)
        #expect(comparison.rows.map(\.id) == ["a\u{1F}EUR", "b\u{1F}RUB", "c\u{1F}RUB", "d\u{1F}RUB", "a\u{1F}RUB"])
        let b = try #require(comparison.rows.first { $0.key.id == "b" })
        #expect(b.current == Amount(100) && b.previous == Amount(40))
        #expect(b.delta == Amount(60) && b.deltaPercent == 150)
        let c = try #require(comparison.rows.first { $0.key.id == "c" })
        #expect(c.current == .zero && c.delta == Amount(-7) && c.deltaPercent == -100)
        let d = try #require(comparison.rows.first { $0.key.id == "d" })
        #expect(d.previous == nil && d.delta == Amount(3) && d.deltaPercent == nil)
        let euro = try #require(comparison.rows.first)
        #expect(euro.currency == .eur && euro.delta == Amount(1) && euro.deltaPercent == 100)
        #expect(comparison.currentTotals[.rub].amount == Amount("113.5")!)
        #expect(comparison.previousTotals[.rub].amount == Amount(57))
        #expect(comparison.currencies == [.eur, .rub])
    }
}
