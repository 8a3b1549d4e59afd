import CostCore
import Foundation
import Simulator
import Testing

/// `costscope report --compare` against sums taken straight from the simulator's datasets.
@Suite("costscope report --compare")
struct ReportCompareTests {
    let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let utcZone = TimeZone(identifier: "UTC")!
    let seed: UInt64 = 42

    func groups(_ arguments: [String]) throws -> [String: [String: Any]] {
        let result = try Binary.run(
            [
                "report", "--demo", "--seed", String(seed), "--now", "2026-11-20T12:00:00Z", "--tz", "UTC",
                "--group-by", "provider", "--format", "json",
            ] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var byKey: [String: [String: Any]] = [:]
        for group in (object["groups"] as? [[String: Any]]) ?? [] {
            if let key = group["key"] as? String { byKey[key] = group }
        }
        return byKey
    }

    func amount(_ value: Any?) -> Amount? { (value as? String).flatMap { Amount($0) } }

    @Test(arguments: ["previous", "last-month"])
    func deltasMatchTheSimulatorsSums(compare: String) throws {
        let range = DatePreset.last7Days.range(now: now, in: utcZone)
        let previous = try #require(ComparisonBaseline(rawValue: compare)).range(before: range, in: utcZone)
        let byKey = try groups(["--range", "last-7-days", "--compare", compare])

        let selectel = SelectelDataset(seed: seed, now: now)
        let selectelNow = Amount(minorUnits: selectel.totalKopecks(from: range.start, to: range.end), decimals: 2)
        let selectelBefore = Amount(
            minorUnits: selectel.totalKopecks(from: previous.start, to: previous.end), decimals: 2)
        let selectelGroup = try #require(byKey["selectel"])
        #expect(amount(selectelGroup["amount"]) == selectelNow)
        #expect(amount(selectelGroup["previous"]) == selectelBefore)
        #expect(amount(selectelGroup["delta"]) == selectelNow - selectelBefore)
        let percent = (selectelNow - selectelBefore).doubleValue / selectelBefore.doubleValue * 100
        #expect(selectelGroup["delta_percent"] as? String == String(format: "%.1f", percent))

        let cloudRu = CloudRuDataset(seed: seed, now: now)
        let cloudRuNow = cloudRu.totalAmountWithVAT(from: range.start, to: range.end)
        let cloudRuBefore = cloudRu.totalAmountWithVAT(from: previous.start, to: previous.end)
        let cloudRuGroup = try #require(byKey["cloudru"])
        #expect(amount(cloudRuGroup["delta"]) == cloudRuNow - cloudRuBefore)
        #expect(cloudRuGroup["currency"] as? String == "RUB")

        let onApp = OnAppDataset(seed: seed, now: now)
        let onAppDelta =
            onApp.totalCost(from: range.start, to: range.end)
            - onApp.totalCost(from: previous.start, to: previous.end)
        #expect(amount(byKey["onapp"]?["delta"]) == onAppDelta)
    }

    @Test func aGroupWithNothingBeforeHasNoPreviousAndNoPercentage() throws {
        // Seeweb bills by the month: November's bill counts in the last 7 days (its middle is
        // the 16th) and nothing of Seeweb counts in the 7 days before.
        let byKey = try groups(["--range", "last-7-days", "--compare", "previous"])
        let seeweb = try #require(byKey["seeweb"])
        #expect(seeweb["previous"] is NSNull)
        #expect(seeweb["delta_percent"] is NSNull)
        #expect(amount(seeweb["delta"]) == amount(seeweb["amount"]))
    }
}
