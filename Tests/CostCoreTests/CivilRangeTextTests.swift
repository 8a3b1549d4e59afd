import CostCore
import Foundation
import Testing

@Suite("Ranges typed as dates")
struct CivilRangeTextTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    /// 2026-11-20 15:00 MSK.
    let now = utc("2026-11-20T12:00:00")

    /// Midnight of a Moscow day, as a UTC instant.
    func mskMidnight(_ day: String) -> Date { CivilDateTime(parsing: day)!.date(utcOffsetSeconds: 10_800) }

    @Test(arguments: [
        ("2026-11-01..2026-11-15", "2026-11-01", "2026-11-16"),
        ("2026-11-01 2026-11-15", "2026-11-01", "2026-11-16"),
        ("  2026-11-01   2026-11-15 ", "2026-11-01", "2026-11-16"),
        ("2026-11-01 .. 2026-11-15", "2026-11-01", "2026-11-16"),
        ("2026-11-01 – 2026-11-15", "2026-11-01", "2026-11-16"),
        ("2026-11-03", "2026-11-03", "2026-11-04"),
        ("2026-11-3", "2026-11-03", "2026-11-04"),
        ("2026-10", "2026-10-01", "2026-11-01"),
        ("2026-09..2026-10", "2026-09-01", "2026-11-01"),
        ("2024-02", "2024-02-01", "2024-03-01"),
        ("2025-12-30..2026-01-02", "2025-12-30", "2026-01-03"),
    ])
    func validFormsGiveWholeDaysWithTheEndIncluded(text: String, start: String, end: String) throws {
        let range = try CivilRangeText(parsing: text).range(in: moscow, now: now)
        #expect(range == DateRange(start: mskMidnight(start), end: mskMidnight(end)))
    }

    @Test func aRangeReachingPastTodayIsCutAtTheEndOfToday() throws {
        let range = try CivilRangeText(parsing: "2026-11-15..2026-12-31").range(in: moscow, now: now)
        #expect(range == DateRange(start: mskMidnight("2026-11-15"), end: mskMidnight("2026-11-21")))
        let month = try CivilRangeText(parsing: "2026-11").range(in: moscow, now: now)
        #expect(month.end == mskMidnight("2026-11-21"))
    }

    @Test func todayAloneIsAllowed() throws {
        let range = try CivilRangeText(parsing: "2026-11-20").range(in: moscow, now: now)
        #expect(range == DateRange(start: mskMidnight("2026-11-20"), end: mskMidnight("2026-11-21")))
    }

    @Test func daysAreCutInTheGivenZone() throws {
        let range = try CivilRangeText(parsing: "2026-11-03").range(in: TimeZone(identifier: "UTC")!, now: now)
        #expect(range == DateRange(start: utc("2026-11-03T00:00:00"), end: utc("2026-11-04T00:00:00")))
    }

    @Test(arguments: [
        ("2026-13-01", "2026-13-01 is not a date: month 13"),
        ("2026-00-10", "2026-00-10 is not a date: month 0"),
        ("2026-02-30", "2026-02-30 is not a date: day 30, February 2026 has 28 days"),
        ("2026-11-00", "2026-11-00 is not a date: day 0"),
        ("2026/11/01", "2026/11/01 is not a date: expected YYYY-MM-DD or YYYY-MM"),
        ("26-11-01", "26-11-01 is not a date: expected YYYY-MM-DD or YYYY-MM"),
        ("2026-11-+1", "2026-11-+1 is not a date: expected YYYY-MM-DD or YYYY-MM"),
        ("yesterday", "yesterday is not a date: expected YYYY-MM-DD or YYYY-MM"),
        ("2026-11-01..2026-11-40", "2026-11-40 is not a date: day 40, November 2026 has 30 days"),
        ("2026-11-15..2026-11-01", "the end 2026-11-01 is before the start 2026-11-15"),
        ("2026-11..2026-10", "the end 2026-10 is before the start 2026-11"),
        ("2026-11-01 2026-11-02 2026-11-03", "expected one date or two, got 3 parts"),
        ("2026-11-01..2026-11-02..2026-11-03", "expected one date or two, got 3 parts"),
        ("..2026-11-02", "the start is missing before .."),
        ("2026-11-02..", "the end is missing after .."),
        ("   ", "type a range, e.g. 2026-11-01..2026-11-15, 2026-11-03 or 2026-10"),
        ("0001-01-01", "0001-01-01 is not a date: only dates from 2000-01-01 to 2100-12-31 are supported"),
        ("1999-12..2026-01", "1999-12 is not a date: only dates from 2000-01-01 to 2100-12-31 are supported"),
        ("2026-01-01..2101-01-01", "2101-01-01 is not a date: only dates from 2000-01-01 to 2100-12-31 are supported"),
    ])
    func badTextIsRefusedWithTheReason(text: String, message: String) {
        #expect {
            _ = try CivilRangeText(parsing: text)
        } throws: { error in
            (error as? CivilRangeTextError)?.description == message
        }
    }

    @Test func aRangeMayNotStartInTheFuture() throws {
        let text = try CivilRangeText(parsing: "2026-11-21..2026-11-25")
        #expect(throws: CivilRangeTextError.startsInFuture(start: "2026-11-21", today: "2026-11-20")) {
            try text.range(in: moscow, now: now)
        }
        #expect(
            CivilRangeTextError.startsInFuture(start: "2026-11-21", today: "2026-11-20").description
                == "a range may not start in the future: 2026-11-21 is after today, 2026-11-20")
    }

    @Test func textOfARangeParsesBackToIt() throws {
        let range = DateRange(start: mskMidnight("2026-10-22"), end: mskMidnight("2026-11-21"))
        #expect(CivilRangeText.text(of: range, in: moscow) == "2026-10-22..2026-11-20")
        #expect(try CivilRangeText(parsing: "2026-10-22..2026-11-20").range(in: moscow, now: now) == range)
        let day = DateRange(start: mskMidnight("2026-11-03"), end: mskMidnight("2026-11-04"))
        #expect(CivilRangeText.text(of: day, in: moscow) == "2026-11-03")
    }
}
