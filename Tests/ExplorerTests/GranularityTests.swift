import CostCore
import Explorer
import Foundation
import Testing

@Suite("Bucket size of the time series (t)")
struct GranularityTests {
    @Test func dailyRecordsOverAMonthCycleThroughDaysWeeksAndMonths() {
        var state = Fixtures.loadedState()
        #expect(state.offeredGranularities == [.day, .week, .month])
        let total = state.table.totals
        var effects = state.press(.character("t"))
        #expect(effects.isEmpty)
        #expect(state.query.granularity == .week)
        // 2026-10-22 (Thu) to 2026-11-20: a partial first week, three whole weeks, a partial last one.
        #expect(state.table.boundaries.count - 1 == 5)
        #expect(state.table.totals == total)
        #expect(ExplorerView.render(state).text.contains("Weekly cost"))
        effects = state.press(.character("t"))
        #expect(state.query.granularity == .month)
        #expect(state.table.boundaries.count - 1 == 2)
        #expect(ExplorerView.render(state).text.contains("Monthly cost"))
        state.press(.character("t"))
        #expect(state.query.granularity == .day)
        #expect(state.table.boundaries.count - 1 == 30)
        #expect(effects.isEmpty)
    }

    @Test func hoursAreNotOfferedWhenEveryRecordIsDaily() {
        var state = Fixtures.loadedState()
        state.press(.character("3"))
        state.answerFetch()
        #expect(state.offeredGranularities == [.day])
        let effects = state.press(.character("t"))
        #expect(effects.isEmpty)
        #expect(state.query.granularity == .day)
        #expect(state.screen.notice?.contains("no record in view is shorter than a day") == true)
    }

    @Test func hourlyRecordsOfferHoursWithoutAFetch() {
        var state = RangeFixtures.hourlyState()
        #expect(state.offeredGranularities == [.hour, .day])
        let total = state.table.totals
        let effects = state.press(.character("t"))
        #expect(state.query.granularity == .hour)
        #expect(effects.isEmpty)
        #expect(state.table.boundaries.count - 1 == 7 * 24)
        #expect(state.table.totals == total)
        #expect(ExplorerView.render(state).text.contains("Hourly cost"))
        state.press(.character("t"))
        #expect(state.query.granularity == .day)
    }

    @Test func hoursFetchAgainForAnAccountThatSentDays() {
        var state = RangeFixtures.hourlyState(withDailyAccount: true)
        let effects = state.press(.character("t"))
        #expect(state.query.granularity == .hour)
        #expect(ExplorerState.fetchQuery(in: effects)?.granularity == .hour)
    }

    @Test func hoursAreNotOfferedForMoreThanAWeek() {
        var state = RangeFixtures.hourlyState()
        state.press(.character("t"))
        #expect(state.query.granularity == .hour)
        let effects = state.press(.character("4"))  // last 30 days
        #expect(state.query.granularity == .day)
        #expect(ExplorerState.fetchQuery(in: effects)?.granularity == .day)
        state.answerFetch(RangeFixtures.hourlyRecords, account: "onapp-demo")
        #expect(!state.offeredGranularities.contains(.hour))
    }

    @Test func helpListsTheKey() {
        var state = Fixtures.loadedState()
        state.press(.character("?"))
        #expect(ExplorerView.render(state).text.contains("bar size: hour to month"))
    }
}
