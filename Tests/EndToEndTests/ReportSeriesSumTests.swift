import CostCore
import Foundation
import Testing

/// On the demo, every provider's per-period rows add up exactly, per currency, to its group's
/// amount, at every granularity; spend billed by the month (or the day, in an hourly report) is
/// a marked line of its own.
@Suite("costscope report --granularity: series sum to the groups")
struct ReportSeriesSumTests {
    static let common = ["report", "--demo", "--now", "2026-11-20T12:00:00Z", "--range", "last-month", "--format"]

    func sums(_ entries: [[String: String]]) throws -> [String: Amount] {
        var result: [String: Amount] = [:]
        for entry in entries {
            let currency = try #require(entry["currency"])
            let text = try #require(entry["amount"])
            result[currency, default: .zero] += try #require(Amount(text))
        }
        return result
    }

    @Test(arguments: Granularity.allCases, ["UTC", "Europe/Rome"])
    func everyProvidersSeriesSumsToItsAmount(granularity: Granularity, zone: String) throws {
        let result = try Binary.run(
            Self.common + ["json", "--tz", zone, "--group-by", "provider", "--granularity", granularity.rawValue])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(Set(groups.compactMap { $0["key"] as? String }) == Set(ProviderKind.allCases.map(\.rawValue)))
        var everything: [String: Amount] = [:]
        for group in groups {
            let series = try #require(group["series"] as? [[String: String]])
            let amounts = try sums(try #require(group["amounts"] as? [[String: String]]))
            #expect(try sums(series) == amounts, "\(group["key"] ?? "?") by \(granularity) in \(zone)")
            for entry in series {
                let bucket = entry["bucket"] ?? ""
                #expect(bucket == granularity.rawValue || bucket.hasSuffix("bill"), "\(bucket)")
            }
            for (currency, amount) in try sums(series) { everything[currency, default: .zero] += amount }
        }
        #expect(everything == (try sums(try #require(document["totals"] as? [[String: String]]))))
    }

    @Test func dailyCSVSumsToTheTotalsAndMarksMonthlyBills() throws {
        let result = try Binary.run(
            Self.common + ["csv", "--tz", "UTC", "--group-by", "provider", "--granularity", "day"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines[0] == ["provider", "label", "period_start", "period_end", "bucket", "currency", "amount"])
        var sums: [String: Amount] = [:]
        for cells in lines.dropFirst() { sums[cells[5], default: .zero] += try #require(Amount(cells[6])) }
        let json = try Binary.run(Self.common + ["json", "--tz", "UTC", "--group-by", "provider"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        var totals: [String: Amount] = [:]
        for entry in document["totals"] as? [[String: String]] ?? [] {
            totals[entry["currency"]!] = Amount(entry["amount"]!)
        }
        #expect(sums == totals)
        let monthly = Set(lines.filter { $0[4] == "monthly-bill" }.map { $0[0] })
        #expect(monthly.contains("seeweb") && monthly.contains("f5xc"), "\(monthly)")
    }

    @Test func hourlyTableShowsCloudRuDaysAsDailyBills() throws {
        let result = try Binary.run(
            Self.common + ["table", "--tz", "UTC", "--group-by", "provider", "--granularity", "hour"])
        #expect(result.status == 0, "\(result.stderr)")
        let cloud = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Cloud.ru") }
        #expect(!cloud.isEmpty)
        #expect(cloud.allSatisfy { $0.contains("(daily bill)") })
        #expect(result.stdout.contains("(monthly bill)"))
    }
}
