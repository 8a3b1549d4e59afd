import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit
import Testing

/// A month billed as one total (F5's closed months) beside daily data of the same currency
/// must not make the first daily days of the next month look like a spike.
@Suite("Spike glyphs beside monthly bills")
struct CoarseBillSpikeTests {
    @Test func theFirstDailyDaysAfterAMonthlyTotalAreNoSpike() {
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: TerminalSize(width: 120, height: 40), now: Fixtures.now, zone: TimeZone(identifier: "UTC")!,
            accounts: [AccountEntry(name: "f5xc-demo", provider: .f5xc)], preset: .last30Days)
        guard case .fetch(let query, let id) = state.beginFetch().last else { fatalError("no fetch") }
        let utc = 0
        let october = DateRange(
            start: CivilDateTime(year: 2026, month: 10, day: 1).date(utcOffsetSeconds: utc),
            end: CivilDateTime(year: 2026, month: 11, day: 1).date(utcOffsetSeconds: utc))
        var records = [
            CostRecord(
                provider: .f5xc, account: "f5xc-demo", service: "WAAP", period: october,
                amount: Money(Amount("1100.00")!, .usd))
        ]
        // A small daily line of the same currency all along, and F5's daily lines from November 1.
        var day = query.range.start
        while day < query.range.end {
            let next = day.addingTimeInterval(86_400)
            let period = DateRange(start: day, end: next)
            records.append(
                CostRecord(
                    provider: .f5xc, account: "f5xc-demo", service: "WAAP", period: period,
                    amount: Money(Amount("5.00")!, .usd)))
            if day >= october.end {
                records.append(
                    CostRecord(
                        provider: .f5xc, account: "f5xc-demo", service: "WAAP", period: period,
                        amount: Money(Amount("35.00")!, .usd)))
            }
            day = next
        }
        _ = reduce(
            &state, .recordsLoaded(requestID: id, account: "f5xc-demo", records: SpendStore(records), at: Fixtures.now))
        #expect(state.rowEvents.byRow.isEmpty, "\(state.rowEvents.byRow)")
        #expect(state.rowEvents.byCurrency.isEmpty, "\(state.rowEvents.byCurrency)")
    }
}
