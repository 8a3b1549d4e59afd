import CostCore
import Foundation
import Simulator
import Testing

/// `costscope report --demo` against ground truth computed from the simulator's datasets,
/// independently of the clients: every provider, every currency, to the last digit.
@Suite("costscope report --demo: totals per provider")
struct DemoTotalsTests {
    static let nowText = "2026-11-20T12:00:00Z"
    let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let seed: UInt64 = 42

    func amounts(_ value: Any?) -> [String: Amount] {
        var result: [String: Amount] = [:]
        for entry in (value as? [[String: String]]) ?? [] {
            if let code = entry["currency"], let text = entry["amount"], let amount = Amount(text) {
                result[code] = amount
            }
        }
        return result
    }

    func report(account: String, range: String, extra: [String] = []) throws -> [String: Amount] {
        let result = try Binary.run(
            [
                "report", "--demo", "--account", account, "--seed", String(seed), "--now", Self.nowText, "--range",
                range, "--tz", "UTC", "--group-by", "project", "--format", "json",
            ] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return amounts(object["totals"])
    }

    func utcRange(_ preset: DatePreset) -> DateRange {
        preset.range(now: now, in: TimeZone(identifier: "UTC")!)
    }

    static let ranges: [DatePreset] = [.last7Days, .last30Days, .lastMonth, .monthToDate]

    @Test(arguments: ranges)
    func selectel(preset: DatePreset) throws {
        try selectel(preset: preset, extra: [])
    }

    func selectel(preset: DatePreset, extra: [String]) throws {
        let range = utcRange(preset)
        let dataset = SelectelDataset(seed: seed, now: now)
        let expected = Amount(minorUnits: dataset.totalKopecks(from: range.start, to: range.end), decimals: 2)
        #expect(try report(account: "selectel-demo", range: preset.rawValue, extra: extra) == ["RUB": expected])
    }

    @Test(arguments: ranges)
    func cloudRuWithVAT(preset: DatePreset) throws {
        try cloudRuWithVAT(preset: preset, extra: [])
    }

    func cloudRuWithVAT(preset: DatePreset, extra: [String]) throws {
        let range = utcRange(preset)
        let dataset = CloudRuDataset(seed: seed, now: now)
        let expected = dataset.totalAmountWithVAT(from: range.start, to: range.end)
        #expect(try report(account: "cloudru-demo", range: preset.rawValue, extra: extra) == ["RUB": expected])
    }

    @Test(arguments: ranges)
    func seewebServersAndTemplatesOfTheMonthsInRange(preset: DatePreset) throws {
        try seewebServersAndTemplatesOfTheMonthsInRange(preset: preset, extra: [])
    }

    func seewebServersAndTemplatesOfTheMonthsInRange(preset: DatePreset, extra: [String]) throws {
        let range = utcRange(preset)
        let dataset = SeewebDataset(seed: seed, now: now)
        var expected = Amount.zero
        for month in dataset.months where range.contains(DateRange(start: month.start, end: month.end).midpoint) {
            expected += dataset.totalCost(year: month.year, month: month.month)
        }
        let totals = try report(account: "seeweb-demo", range: preset.rawValue, extra: extra)
        #expect(totals == (expected.isZero ? [:] : ["EUR": expected]))
    }

    @Test(arguments: ranges)
    func f5ClosedMonthsAndTheCurrentPeriod(preset: DatePreset) throws {
        try f5ClosedMonthsAndTheCurrentPeriod(preset: preset, extra: [])
    }

    func f5ClosedMonthsAndTheCurrentPeriod(preset: DatePreset, extra: [String]) throws {
        let range = utcRange(preset)
        let dataset = F5Dataset(seed: seed, now: now)
        var expected = Amount.zero
        for month in dataset.closedMonths where range.contains(DateRange(start: month.start, end: month.end).midpoint) {
            expected += month.amount
        }
        let currentStart = max(range.start, dataset.currentPeriodStart)
        if currentStart < range.end {
            expected += dataset.totalCost(from: currentStart, to: range.end)
        }
        let totals = try report(account: "f5xc-demo", range: preset.rawValue, extra: extra)
        #expect(totals == (expected.isZero ? [:] : [dataset.currency.code: expected]))
    }

    @Test(arguments: ranges)
    func onAppHoursInRange(preset: DatePreset) throws {
        try onAppHoursInRange(preset: preset, extra: [])
    }

    func onAppHoursInRange(preset: DatePreset, extra: [String]) throws {
        let range = utcRange(preset)
        let dataset = OnAppDataset(seed: seed, now: now)
        // Mixed currencies per server are one of the documented variations: the ground truth is per currency.
        let variations: Set<SimulatorVariation> = extra.contains("all") ? SimulatorVariation.moneyPreserving : []
        let expected = dataset.totalCosts(from: range.start, to: range.end, variations: variations)
        let totals = try report(account: "onapp-demo", range: preset.rawValue, extra: extra)
        #expect(totals == expected.filter { !$0.value.isZero })
    }

    /// With every money-preserving variation on, the simulator serves the shapes the documents
    /// allow and the clients do not prefer; the totals must not move by a kopeck.
    @Test func everyProviderUnderEveryVariation() throws {
        let extra = ["--variation", "all"]
        let preset = DatePreset.last30Days
        try selectel(preset: preset, extra: extra)
        try cloudRuWithVAT(preset: preset, extra: extra)
        try seewebServersAndTemplatesOfTheMonthsInRange(preset: preset, extra: extra)
        try f5ClosedMonthsAndTheCurrentPeriod(preset: preset, extra: extra)
        try onAppHoursInRange(preset: preset, extra: extra)
    }

    @Test func theDemoShowsEveryProviderEachInItsOwnCurrency() throws {
        let result = try Binary.run([
            "report", "--demo", "--seed", String(seed), "--now", Self.nowText, "--range", "last-30-days", "--tz", "UTC",
            "--group-by", "provider", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let groups = (object["groups"] as? [[String: Any]]) ?? []
        var currencies: [String: Set<String>] = [:]
        for group in groups {
            let key = try #require(group["key"] as? String)
            currencies[key] = Set(amounts(group["amounts"]).keys)
        }
        #expect(
            currencies == [
                "selectel": ["RUB"], "cloudru": ["RUB"], "onapp": ["USD"], "seeweb": ["EUR"], "f5xc": ["USD"],
            ])
        #expect(Set(amounts(object["totals"]).keys) == ["RUB", "USD", "EUR"])
    }

    @Test func markdownWithTopKeepsTheTotalsAndSumsTheRest() throws {
        let result = try Binary.run([
            "report", "--demo", "--account", "cloudru-demo", "--seed", String(seed), "--now", Self.nowText, "--range",
            "last-7-days", "--tz", "UTC", "--group-by", "sku", "--top", "3", "--format", "markdown",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "| Metric | Amount | Share |")
        #expect(lines.count == 2 + 3 + 1 + 1, "\(result.stdout)")
        #expect(lines[5].hasPrefix("| Other ("), "\(result.stdout)")
        let range = utcRange(.last7Days)
        let total = CloudRuDataset(seed: seed, now: now).totalAmountWithVAT(from: range.start, to: range.end)
        let expected = "| **Total** | **" + total.formatted(places: 2, groupingSeparator: ",") + " ₽** | 100.0% |"
        #expect(lines.last == expected, "\(result.stdout)")
    }
}
