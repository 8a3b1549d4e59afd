import CostCore
import Foundation
import Testing

func utc(_ text: String) -> Date { CivilDateTime(parsing: text)!.date(utcOffsetSeconds: 0) }

@Suite("Civil dates and ranges")
struct TimeTests {
    let utcZone = TimeZone(identifier: "UTC")!
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    @Test func parsesAndConvertsMoscowNaiveTime() {
        let msk = CivilDateTime(parsing: "2026-11-01T00:00:00")!
        #expect(msk.date(utcOffsetSeconds: 3 * 3600) == utc("2026-10-31T21:00:00"))
        #expect(
            CivilDateTime(utc("2026-10-31T21:00:00"), utcOffsetSeconds: 10_800).description == "2026-11-01T00:00:00")
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-11-01T24:00:00", "2026/11/01", "2026-11-01T10:00", "x"])
    func rejectsInvalidDates(text: String) {
        #expect(CivilDateTime(parsing: text) == nil)
    }

    @Test func dayCountsRoundTripAcrossCenturies() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let civil = CivilDateTime.civil(fromDays: days)
            #expect(CivilDateTime.daysFromEpoch(year: civil.year, month: civil.month, day: civil.day) == days)
        }
        #expect(CivilDateTime.daysFromEpoch(year: 2000, month: 3, day: 1) == 11_017)
    }

    @Test func presetsAtAYearEdge() {
        let now = utc("2026-01-01T05:00:00")
        #expect(
            DatePreset.today.range(now: now, in: utcZone)
                == DateRange(start: utc("2026-01-01T00:00:00"), end: utc("2026-01-02T00:00:00")))
        #expect(
            DatePreset.yesterday.range(now: now, in: utcZone)
                == DateRange(start: utc("2025-12-31T00:00:00"), end: utc("2026-01-01T00:00:00")))
        #expect(
            DatePreset.lastMonth.range(now: now, in: utcZone)
                == DateRange(start: utc("2025-12-01T00:00:00"), end: utc("2026-01-01T00:00:00")))
        #expect(
            DatePreset.last7Days.range(now: now, in: utcZone)
                == DateRange(start: utc("2025-12-26T00:00:00"), end: utc("2026-01-02T00:00:00")))
        #expect(DatePreset.yearToDate.range(now: now, in: utcZone).start == utc("2026-01-01T00:00:00"))
        #expect(DatePreset.quarterToDate.range(now: now, in: utcZone).start == utc("2026-01-01T00:00:00"))
    }

    @Test func presetsAtAMonthEdgeInMoscow() {
        // 2026-02-28T22:30Z is already 1 March in Moscow.
        let now = utc("2026-02-28T22:30:00")
        #expect(
            DatePreset.monthToDate.range(now: now, in: moscow)
                == DateRange(start: utc("2026-02-28T21:00:00"), end: utc("2026-03-01T21:00:00")))
        #expect(
            DatePreset.lastMonth.range(now: now, in: moscow)
                == DateRange(start: utc("2026-01-31T21:00:00"), end: utc("2026-02-28T21:00:00")))
        #expect(DatePreset.last30Days.range(now: now, in: moscow).duration == 30 * 86_400)
        #expect(
            DatePreset.quarterToDate.range(now: utc("2026-05-15T12:00:00"), in: moscow).start
                == utc("2026-03-31T21:00:00"))
    }

    @Test func lastMonthInALeapYearFebruary() {
        let range = DatePreset.lastMonth.range(now: utc("2028-03-10T00:00:00"), in: utcZone)
        #expect(range.duration == 29 * 86_400)
    }

    @Test func incompleteRangesAreRecognised() {
        let now = utc("2026-11-20T12:00:00")
        #expect(DatePreset.today.range(now: now, in: utcZone).isIncomplete(now: now))
        #expect(!DatePreset.yesterday.range(now: now, in: utcZone).isIncomplete(now: now))
    }

    @Test func previousRangeHasTheSameLength() {
        let range = DateRange(start: utc("2026-11-10T00:00:00"), end: utc("2026-11-17T00:00:00"))
        #expect(range.previous == DateRange(start: utc("2026-11-03T00:00:00"), end: utc("2026-11-10T00:00:00")))
    }

    @Test func dayBoundariesFollowTheZone() {
        let range = DateRange(start: utc("2026-10-31T21:00:00"), end: utc("2026-11-03T21:00:00"))
        let boundaries = Granularity.day.boundaries(of: range, in: moscow)
        #expect(
            boundaries == [
                utc("2026-10-31T21:00:00"), utc("2026-11-01T21:00:00"), utc("2026-11-02T21:00:00"),
                utc("2026-11-03T21:00:00"),
            ])
        #expect(Granularity.hour.boundaries(of: range, in: moscow).count == 73)
    }

    @Test func weekAndMonthBoundaries() {
        let range = DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-12-15T00:00:00"))
        // 2026-11-01 is a Sunday: the next Monday is 2 November.
        #expect(
            Granularity.week.boundaries(of: range, in: utcZone).prefix(3) == [
                utc("2026-11-01T00:00:00"), utc("2026-11-02T00:00:00"), utc("2026-11-09T00:00:00"),
            ])
        #expect(
            Granularity.month.boundaries(of: range, in: utcZone) == [
                utc("2026-11-01T00:00:00"), utc("2026-12-01T00:00:00"), utc("2026-12-15T00:00:00"),
            ])
    }
}

@Suite("Shifting ranges")
struct RangeShiftTests {
    let utcZone = TimeZone(identifier: "UTC")!

    @Test func wholeMonthsShiftByCalendarMonths() {
        let october = DateRange(start: utc("2026-10-01T00:00:00"), end: utc("2026-11-01T00:00:00"))
        #expect(
            october.shifted(by: -1, in: utcZone)
                == DateRange(start: utc("2026-09-01T00:00:00"), end: utc("2026-10-01T00:00:00")))
        #expect(
            october.shifted(by: 1, in: utcZone)
                == DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-12-01T00:00:00")))
        let march = DateRange(start: utc("2026-03-01T00:00:00"), end: utc("2026-04-01T00:00:00"))
        #expect(march.shifted(by: -1, in: utcZone).duration == 28 * 86_400)
    }

    @Test func wholeDaysShiftByDaysAcrossDaylightSaving() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        // 7 Berlin days ending on the Sunday summer time ends (2026-10-25).
        let week = DateRange(start: utc("2026-10-18T22:00:00"), end: utc("2026-10-25T23:00:00"))
        let next = week.shifted(by: 1, in: berlin)
        #expect(next == DateRange(start: utc("2026-10-25T23:00:00"), end: utc("2026-11-01T23:00:00")))
        #expect(week.shifted(by: -1, in: berlin).end == week.start)
    }

    @Test func otherRangesShiftByTheirDuration() {
        let hours = DateRange(start: utc("2026-11-01T10:00:00"), end: utc("2026-11-01T16:00:00"))
        #expect(
            hours.shifted(by: -2, in: utcZone)
                == DateRange(start: utc("2026-10-31T22:00:00"), end: utc("2026-11-01T04:00:00")))
        #expect(hours.shifted(by: 0, in: utcZone) == hours)
    }
}
