import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The OnApp client against the simulator serving the shapes the documents allow and the
/// client does not prefer: the totals stay the dataset's ground truth, per currency.
@Suite("OnApp client against the simulator's variations")
struct OnAppVariationTests {
    let utcZone = TimeZone(identifier: "UTC")!
    /// A day and a bit, not hour-aligned at either end: an odd and an even UTC day, every root key.
    let range = DateRange(start: OnAppTestSupport.utc(2026, 3, 14, 6, 40), end: OnAppTestSupport.now)

    /// Fetches `range` with `variations` on and returns the records, the per-currency ground
    /// truth and the account's notes.
    private func fetch(_ format: OnAppFormat, variations: Set<SimulatorVariation>) async throws -> (
        records: [CostRecord], truth: [String: Amount], notes: [FetchNote]
    ) {
        try await OnAppTestSupport.withSimulator(variations: variations) { simulator in
            let account = try OnAppTestSupport.account(simulator, format: format)
            let client = OnAppClient(account: account, transport: AsyncHTTPClientTransport())
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let truth = simulator.onApp.totalCosts(
                from: OnAppTestSupport.floorHour(range.start), to: OnAppTestSupport.ceilHour(range.end),
                variations: variations)
            return (records, truth, account.notes.notes(for: account.name))
        }
    }

    /// Expects `records` to add up to `truth` exactly in every currency, and no other currency.
    private func expectTotals(_ records: [CostRecord], equal truth: [String: Amount]) {
        let totals = OnAppTestSupport.totals(records)
        #expect(Set(totals.currencies.map(\.code)) == Set(truth.filter { !$0.value.isZero }.keys))
        for (code, amount) in truth {
            #expect(totals[Currency(code: code)!].amount == amount, "total in \(code)")
        }
    }

    @Test(arguments: OnAppFormat.allCases)
    func billingStatsAsAnArrayGivesTheSameRecords(format: OnAppFormat) async throws {
        let plain = try await fetch(format, variations: [])
        let array = try await fetch(format, variations: [.onAppArrayStats])
        expectTotals(array.records, equal: array.truth)
        #expect(array.records.count > 500)
        // Groups in elements of their own and root-wrapped items make exactly the same records
        // (objects, nesting, metrics, services) as the object of lists.
        #expect(array.records == plain.records)
        #expect(plain.notes.isEmpty)
        #expect(array.notes.map(\.kind) == [.fallback])
        #expect(array.notes.first?.message.contains("billing_stats came as an array") == true)
        #expect(array.notes.first?.account == "onapp-test")
    }

    @Test(arguments: OnAppFormat.allCases)
    func looseRowsKeepEveryCurrencyAndTheUnattributedCost(format: OnAppFormat) async throws {
        let (records, truth, notes) = try await fetch(format, variations: [.onAppLooseRows])
        #expect(truth.keys.sorted() == ["EUR", "USD"])
        expectTotals(records, equal: truth)
        // One server is charged in both currencies over the two days.
        let euroServers = Set(records.filter { $0.amount.currency == .eur }.compactMap { $0.object?.id })
        let dollarServers = Set(records.filter { $0.amount.currency == .usd }.compactMap { $0.object?.id })
        #expect(!euroServers.isDisjoint(with: dollarServers))
        // The template's cost is in total_cost but not in the breakdown: it survives as unattributed.
        let unattributed = records.filter { $0.metric?.id == OnAppClient.unattributedMetric }
        #expect(!unattributed.isEmpty)
        #expect(unattributed.allSatisfy { $0.object?.type == "virtual_machine" && !$0.amount.amount.isZero })
        #expect(!records.contains { $0.metric?.id == "template" })
        // Odd values in fields without money are warnings naming the field and the value.
        let warnings = notes.filter { $0.kind == .warning }.map(\.message)
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("'hypervisor_label'") && $0.contains("'hv-03'") })
        #expect(warnings.contains { $0.contains("value") && $0.contains("'unmetered'") })
        #expect(notes.allSatisfy { $0.account == "onapp-test" && $0.provider == .onapp })
        // The interfaces' addresses keep their cost, without a quantity.
        let addresses = records.filter { $0.metric?.id == "ip_addresses" }
        #expect(!addresses.isEmpty && addresses.allSatisfy { $0.quantity == nil })
    }

    @Test(arguments: OnAppFormat.allCases)
    func everyOnAppVariationAtOnceKeepsTheGroundTruth(format: OnAppFormat) async throws {
        let variations: Set<SimulatorVariation> = [.onAppArrayStats, .onAppLooseRows]
        let (records, truth, notes) = try await fetch(format, variations: variations)
        expectTotals(records, equal: truth)
        #expect(notes.filter { $0.kind == .fallback }.count == 1)
        #expect(notes.filter { $0.kind == .warning }.count == 2)
        // `--variation all` serves OnApp the same way.
        #expect(SimulatorVariation.moneyPreserving.isSuperset(of: variations))
        let all = try await fetch(format, variations: SimulatorVariation.moneyPreserving)
        #expect(all.records == records)
    }

    @Test func theUsageCostOfEveryRowIsKeptOnceAmongItsRecords() async throws {
        try await OnAppTestSupport.withSimulator { simulator in
            let client = OnAppClient(
                account: try OnAppTestSupport.account(simulator), transport: AsyncHTTPClientTransport())
            let records = try await client.fetchSpend(range: range, granularity: .day, zone: utcZone)
            let kept = records.compactMap { $0.native[OnAppClient.usageCostKey].flatMap { Amount($0) } }
            #expect(kept.count > 100)
            let expected = simulator.onApp.usageCost(
                from: OnAppTestSupport.floorHour(range.start), to: OnAppTestSupport.ceilHour(range.end))
            #expect(kept.reduce(Amount.zero, +) == expected)
        }
    }
}
