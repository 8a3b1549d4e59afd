import CostCore
import Foundation
import Testing

@testable import Explorer

@Suite("All-accounts totals are summed only when records or the range change")
struct AllAccountTotalsTests {
    private func sum(_ records: [CostRecord], in range: DateRange) -> Amount {
        records.filter { range.contains($0.period.midpoint) }.reduce(Amount.zero) { $0 + $1.amount.amount }
    }

    @Test func regroupingReusesTheTotals() throws {
        var state = Fixtures.loadedState()
        let source = try #require(state.derived.allAccountTotalsSource)
        #expect(state.allAccountTotals[.rub].amount == sum(Array(state.load.records), in: state.query.range))
        state.panes.focus = .grouping
        state.panes.groupingCursor = try #require(state.query.dimensions.firstIndex(of: .metric))
        _ = reduce(&state, .key(.enter))
        #expect(state.level.dimension == .metric)
        #expect(state.derived.allAccountTotalsSource == source)
        #expect(state.allAccountTotals[.rub].amount == sum(Array(state.load.records), in: state.query.range))
    }

    @Test func changedRecordsAreSummedAgain() {
        var state = Fixtures.loadedState()
        let before = state.allAccountTotals[.rub].amount
        state.load.records = SpendStore(state.load.records.dropLast(7))
        state.deriveView()
        let after = state.allAccountTotals[.rub].amount
        #expect(after != before)
        #expect(after == sum(Array(state.load.records), in: state.query.range))
    }

    @Test func aNewRangeIsSummedAgain() {
        var state = Fixtures.loadedState()
        let week = DateRange(start: state.query.range.end.addingTimeInterval(-7 * 86_400), end: state.query.range.end)
        state.query.range = week
        state.deriveView()
        #expect(state.allAccountTotals[.rub].amount == sum(Array(state.load.records), in: week))
        #expect(
            state.allAccountTotals[.rub].amount < sum(Array(state.load.records), in: Fixtures.loadedState().query.range)
        )
    }
}
