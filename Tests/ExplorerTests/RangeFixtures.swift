import CostCore
import Explorer
import Foundation
import Providers
import TerminalKit

/// States for the custom range, bucket size and time-series focus tests.
enum RangeFixtures {
    /// Midnight of a Moscow day, as a UTC instant.
    static func mskMidnight(_ day: String) -> Date { CivilDateTime(parsing: day)!.date(utcOffsetSeconds: 10_800) }

    /// Hourly OnApp records, one server at 1–24 cents an hour, for the 14 Moscow days up to 2026-11-20.
    static var hourlyRecords: [CostRecord] {
        let first = mskMidnight("2026-11-07")
        return (0..<(14 * 24)).map { hour in
            let start = first.addingTimeInterval(Double(hour) * 3_600)
            return CostRecord(
                provider: .onapp, account: "onapp-demo",
                object: ObjectRef(id: "virtual_machine:2", name: "web-01", type: "virtual_machine"),
                metric: EntityRef(id: "cpu_shares"), service: "virtual_machines",
                period: DateRange(start: start, end: start.addingTimeInterval(3_600)),
                amount: Money(minorUnits: Int64(hour % 24 + 1), .usd))
        }
    }

    /// The last 7 days of an OnApp account (hourly records), with the Selectel fixture's
    /// account (daily records) beside it when `withDailyAccount`.
    static func hourlyState(withDailyAccount: Bool = false, size: TerminalSize = TerminalSize(width: 120, height: 40))
        -> ExplorerState
    {
        var accounts = [AccountEntry(name: "onapp-demo", provider: .onapp)]
        if withDailyAccount { accounts.append(AccountEntry(name: "selectel-demo", provider: .selectel)) }
        var state = ExplorerState(
            providers: ProviderProfile.catalog,
            size: size, now: Fixtures.now, zone: Fixtures.moscow, accounts: accounts, preset: .last7Days)
        _ = state.beginFetch()
        state.answerFetch(hourlyRecords, account: "onapp-demo")
        if withDailyAccount { state.answerFetch(Fixtures.records, account: "selectel-demo") }
        return state
    }
}

extension ExplorerState {
    /// Answers the fetch in flight with `records` for `account`.
    mutating func answerFetch(_ records: [CostRecord] = Fixtures.records, account: String = "selectel-demo") {
        guard let id = load.pendingRequestID ?? (load.lastRequestID > 0 ? load.lastRequestID : nil) else { return }
        _ = reduce(
            &self, .recordsLoaded(requestID: id, account: account, records: SpendStore(records), at: Fixtures.now))
    }

    /// The fetch among `effects`, if any.
    static func fetchQuery(in effects: [Effect]) -> FetchQuery? {
        for effect in effects {
            if case .fetch(let query, _) = effect { return query }
        }
        return nil
    }
}
