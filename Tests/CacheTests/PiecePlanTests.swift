import Cache
import CostCore
import Foundation
import Testing

@Suite("Cache piece plan and open periods")
struct PiecePlanTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    @Test func aRangeIsCutIntoTheDaysOfItsZone() {
        let range = DateRange(
            start: CacheFixtures.utc("2026-10-31", hours: -3), end: CacheFixtures.utc("2026-11-03", hours: -3))
        let plan = PiecePlan(range: range, zone: moscow)
        #expect(plan.pieces.count == 3)
        #expect(plan.pieces.first == DateRange(start: range.start, end: CacheFixtures.utc("2026-11-01", hours: -3)))
        #expect(plan.pieces.last?.end == range.end)
    }

    @Test func onlyTheSpanFromTheFirstToTheLastUnusablePieceIsFetched() {
        let range = DateRange(start: CacheFixtures.utc("2026-10-01"), end: CacheFixtures.utc("2026-10-11"))
        let plan = PiecePlan(range: range, zone: TimeZone(identifier: "UTC")!)
        let reusable: Set<Date> = Set(
            (1...6).map { CacheFixtures.utc("2026-10-0\($0)") } + [CacheFixtures.utc("2026-10-09")])
        let span = plan.spanToFetch { reusable.contains($0.start) }
        #expect(span == DateRange(start: CacheFixtures.utc("2026-10-07"), end: CacheFixtures.utc("2026-10-11")))
        #expect(plan.spanToFetch { _ in true } == nil)
        #expect(plan.spanToFetch { _ in false } == range)
    }

    @Test func fetchedRecordsLandInTheDayThatHoldsTheirMiddle() throws {
        let span = DateRange(start: CacheFixtures.utc("2026-10-01"), end: CacheFixtures.utc("2026-11-01"))
        let plan = PiecePlan(range: span, zone: TimeZone(identifier: "UTC")!)
        let month = CostRecord(
            provider: .seeweb, account: "eu", period: span, amount: Money(Amount("40")!, .eur))
        let hour = CostRecord(
            provider: .selectel, account: "ru",
            period: DateRange(start: CacheFixtures.utc("2026-10-03", hours: 23), end: CacheFixtures.utc("2026-10-04")),
            amount: Money(Amount("1")!, .rub))
        let contents = plan.contents(of: span, records: [month, hour], settledBefore: CacheFixtures.utc("2026-10-20"))
        #expect(contents.count == 31)
        #expect(contents.first { $0.records.contains(month) }?.period == CacheFixtures.dayRange("2026-10-16"))
        #expect(contents.first { $0.records.contains(hour) }?.period == CacheFixtures.dayRange("2026-10-03"))
        #expect(contents.filter(\.isComplete).count == 19)
        let outside = CostRecord(
            provider: .selectel, account: "ru", period: CacheFixtures.dayRange("2026-11-05"),
            amount: Money(Amount("1")!, .rub))
        let withOutside = plan.contents(of: span, records: [outside], settledBefore: span.end)
        #expect(withOutside.count == 31 && withOutside.allSatisfy(\.records.isEmpty))
    }

    @Test func aWholeMonthReachingPastTheSpanIsLeftToTheDayOfItsMiddle() {
        // Seeweb and F5's closed months answer with every month the span overlaps.
        let span = DateRange(start: CacheFixtures.utc("2026-10-21"), end: CacheFixtures.utc("2026-11-20"))
        let plan = PiecePlan(range: span, zone: TimeZone(identifier: "UTC")!)
        let october = CostRecord(
            provider: .seeweb, account: "eu",
            period: DateRange(start: CacheFixtures.utc("2026-10-01"), end: CacheFixtures.utc("2026-11-01")),
            amount: Money(Amount("40")!, .eur))
        let november = CostRecord(
            provider: .seeweb, account: "eu",
            period: DateRange(start: CacheFixtures.utc("2026-11-01"), end: CacheFixtures.utc("2026-12-01")),
            amount: Money(Amount("12.5")!, .eur))
        let contents = plan.contents(of: span, records: [october, november], settledBefore: span.start)
        #expect(contents.count == 30, "every day of the span is stored")
        #expect(contents.flatMap(\.records) == [november], "October's middle is outside the span")
        #expect(contents.first { !$0.records.isEmpty }?.period == CacheFixtures.dayRange("2026-11-16"))
    }

    @Test func theCurrentMonthIsOpenAndARestatedMonthStaysOpenToo() {
        let now = CacheFixtures.utc("2026-11-20", hours: 12)
        #expect(SettledPeriods.openFrom(restatedMonths: 0, now: now) == CacheFixtures.utc("2026-11-01"))
        #expect(SettledPeriods.openFrom(restatedMonths: 1, now: now) == CacheFixtures.utc("2026-10-01"))
        #expect(SettledPeriods.openFrom(restatedMonths: 2, now: now) == CacheFixtures.utc("2026-09-01"))
    }

    @Test func aMonthStaysOpenForADayAfterItEnds() {
        let justAfter = CacheFixtures.utc("2026-12-01", hours: 2)
        #expect(SettledPeriods.openFrom(restatedMonths: 0, now: justAfter) == CacheFixtures.utc("2026-11-01"))
        #expect(SettledPeriods.openFrom(restatedMonths: 1, now: justAfter) == CacheFixtures.utc("2026-10-01"))
        let dayLater = CacheFixtures.utc("2026-12-02", hours: 2)
        #expect(SettledPeriods.openFrom(restatedMonths: 0, now: dayLater) == CacheFixtures.utc("2026-12-01"))
        #expect(SettledPeriods.openFrom(restatedMonths: 1, now: dayLater) == CacheFixtures.utc("2026-11-01"))
    }

    @Test func theCacheDirectoryFollowsFlagEnvironmentAndXDG() {
        #expect(CacheLocation.directory(explicit: "/x", environment: ["COSTSCOPE_CACHE_DIR": "/y"]) == "/x")
        #expect(
            CacheLocation.directory(explicit: nil, environment: ["COSTSCOPE_CACHE_DIR": "/y", "XDG_CACHE_HOME": "/z"])
                == "/y")
        #expect(
            CacheLocation.directory(explicit: nil, environment: ["XDG_CACHE_HOME": "/z", "HOME": "/h"])
                == "/z/costscope")
        #expect(CacheLocation.directory(explicit: nil, environment: ["HOME": "/h"]) == "/h/.cache/costscope")
    }
}
