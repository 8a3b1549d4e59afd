import CostCore
import Foundation
import Providers
import Testing

@Suite("F5 fetch plan: whole-hour windows of the view's buckets")
struct F5FetchPlanTests {
    let utcZone = TimeZone(identifier: "UTC")!

    func utc(_ text: String) -> Date { F5TestSupport.utc(text) }

    @Test func utcDaysAreOneWindowEachAndTheEndsAreRoundedUpToWholeHours() {
        let part = DateRange(start: utc("2026-11-10T07:25:00"), end: utc("2026-11-12T10:10:00"))
        let windows = F5FetchPlan.windows(covering: part, granularity: .day, zone: utcZone, maxWindows: 40)
        #expect(
            windows == [
                DateRange(start: utc("2026-11-10T08:00:00"), end: utc("2026-11-11T00:00:00")),
                DateRange(start: utc("2026-11-11T00:00:00"), end: utc("2026-11-12T00:00:00")),
                DateRange(start: utc("2026-11-12T00:00:00"), end: utc("2026-11-12T11:00:00")),
            ])
    }

    @Test func halfHourZonesCutDaysAtTheNextWholeUTCHour() throws {
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        let part = DateRange(start: utc("2026-11-09T18:30:00"), end: utc("2026-11-11T18:30:00"))
        let windows = F5FetchPlan.windows(covering: part, granularity: .day, zone: kolkata, maxWindows: 40)
        #expect(windows.map(\.start) == [utc("2026-11-09T19:00:00"), utc("2026-11-10T19:00:00")])
        #expect(windows.last?.end == utc("2026-11-11T19:00:00"))
    }

    @Test func tooManyWindowsFallBackToCoarserGranularities() {
        let part = DateRange(start: utc("2026-11-01T00:00:00"), end: utc("2026-11-20T00:00:00"))
        let hours = F5FetchPlan.windows(covering: part, granularity: .hour, zone: utcZone, maxWindows: 500)
        #expect(hours.count == 19 * 24)
        let days = F5FetchPlan.windows(covering: part, granularity: .hour, zone: utcZone, maxWindows: 40)
        #expect(days.count == 19 && days.allSatisfy { $0.duration == 86_400 })
        let weeks = F5FetchPlan.windows(covering: part, granularity: .hour, zone: utcZone, maxWindows: 5)
        #expect(weeks.count == 4)
        let months = F5FetchPlan.windows(covering: part, granularity: .day, zone: utcZone, maxWindows: 1)
        #expect(months == [part])
    }

    @Test func aMonthLongerThanThirtyOneDaysIsSplitForTheUsageSummaryLimit() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        // October in London: 1 October 00:00 BST to 1 November 00:00 GMT is 31 days and an hour.
        let part = DateRange(start: utc("2026-09-30T23:00:00"), end: utc("2026-11-01T00:00:00"))
        let windows = F5FetchPlan.windows(covering: part, granularity: .month, zone: london, maxWindows: 40)
        #expect(windows.count == 2)
        #expect(windows.allSatisfy { $0.duration <= F5FetchPlan.maxWindowLength })
        #expect(windows.first?.start == part.start && windows.last?.end == part.end)
        #expect(windows[0].end == windows[1].start)
    }

    @Test func windowsAreContiguousAndNeverEmpty() throws {
        let zones = ["UTC", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham"]
        for zoneID in zones {
            let zone = try #require(TimeZone(identifier: zoneID))
            for granularity in Granularity.allCases {
                let part = DateRange(start: utc("2026-09-28T13:17:00"), end: utc("2026-11-03T02:41:00"))
                let windows = F5FetchPlan.windows(covering: part, granularity: granularity, zone: zone, maxWindows: 40)
                #expect(!windows.isEmpty)
                #expect(
                    windows.allSatisfy {
                        !$0.isEmpty && $0.start.timeIntervalSince1970.truncatingRemainder(dividingBy: 3600) == 0
                    })
                #expect(zip(windows, windows.dropFirst()).allSatisfy { $0.end == $1.start })
                #expect(
                    windows.first?.start == utc("2026-09-28T14:00:00")
                        && windows.last?.end == utc("2026-11-03T03:00:00"))
            }
        }
        let empty = DateRange(start: utc("2026-11-03T02:10:00"), end: utc("2026-11-03T02:50:00"))
        #expect(F5FetchPlan.windows(covering: empty, granularity: .hour, zone: utcZone, maxWindows: 40).isEmpty)
    }
}
