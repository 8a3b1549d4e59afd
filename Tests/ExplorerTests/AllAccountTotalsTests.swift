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
        #expect(state.allAccountTotals[.rub].amount == sum(Array(state.records), in: state.range))
        state.focus = .grouping
        state.groupingCursor = try #require(state.dimensions.firstIndex(of: .metric))
        _ = reduce(&state, .key(.enter))
        #expect(state.level.dimension == .metric)
        #expect(state.derived.allAccountTotalsSource == source)
        #expect(state.allAccountTotals[.rub].amount == sum(Array(state.records), in: state.range))
    }

    @Test func changedRecordsAreSummedAgain() {
        var state = Fixtures.loadedState()
        let before = state.allAccountTotals[.rub].amount
        state.records = SpendStore(state.records.dropLast(7))
        state.deriveView()
        let after = state.allAccountTotals[.rub].amount
        #expect(after != before)
        #expect(after == sum(Array(state.records), in: state.range))
    }

    @Test func aNewRangeIsSummedAgain() {
        var state = Fixtures.loadedState()
        let week = DateRange(start: state.range.end.addingTimeInterval(-7 * 86_400), end: state.range.end)
        state.range = week
        state.deriveView()
        #expect(state.allAccountTotals[.rub].amount == sum(Array(state.records), in: week))
        #expect(state.allAccountTotals[.rub].amount < sum(Array(state.records), in: Fixtures.loadedState().range))
    }
}
