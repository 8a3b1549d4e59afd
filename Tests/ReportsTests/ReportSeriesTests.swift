import CostCore
import Foundation
import Reports
import Testing

/// Per-period rows add up to each group's amount, and a bill longer than a bucket is one line
/// of its own, marked in every format.
@Suite("Report series")
struct ReportSeriesTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let rome = TimeZone(identifier: "Europe/Rome")!
    static let october = DateRange(
        start: CivilDateTime(year: 2026, month: 10, day: 1).date(utcOffsetSeconds: 0),
        end: CivilDateTime(year: 2026, month: 11, day: 1).date(utcOffsetSeconds: 0))

    static func record(
        _ provider: ProviderKind, _ project: String, from start: Date, hours: Double, _ amount: String,
        _ currency: Currency
    ) -> CostRecord {
        CostRecord(
            provider: provider, account: provider.rawValue, project: EntityRef(id: project, name: project),
            period: DateRange(start: start, end: start.addingTimeInterval(hours * 3_600)),
            amount: Money(Amount(amount)!, currency))
    }

    static func day(_ day: Int, hour: Int = 0) -> Date {
        CivilDateTime(year: 2026, month: 10, day: day, hour: hour).date(utcOffsetSeconds: 0)
    }

    /// Hourly, daily (in Moscow) and monthly (in Rome, and in UTC) records, in three currencies.
    static let records: [CostRecord] = {
        var records: [CostRecord] = []
        for day in 1...31 {
            records.append(record(.selectel, "hourly", from: Self.day(day, hour: 5), hours: 1, "0.37", .rub))
            records.append(
                record(.cloudru, "daily", from: Self.day(day).addingTimeInterval(-3 * 3_600), hours: 24, "12.345", .rub)
            )
        }
        // Seeweb's October in Rome: 2026-09-30T22:00Z to 2026-10-31T23:00Z (31 days and an hour).
        let romeOctober = CivilDateTime(year: 2026, month: 10, day: 1).date(utcOffsetSeconds: 7_200)
        records.append(record(.seeweb, "monthly", from: romeOctober, hours: 31 * 24 + 1, "272.47", .eur))
        records.append(record(.f5xc, "monthly", from: Self.day(1), hours: 31 * 24, "2839.24", .usd))
        records.append(record(.f5xc, "daily", from: Self.day(3), hours: 24, "1.01", .usd))
        return records
    }()

    static func sums(_ points: [ReportSeriesPoint]) -> [Currency: Amount] {
        points.reduce(into: [:]) { $0[$1.amount.currency, default: .zero] += $1.amount.amount }
    }

    @Test(arguments: Granularity.allCases, [utc, rome])
    func seriesAddUpToEveryGroupsAmount(granularity: Granularity, zone: TimeZone) {
        for dimension in [CostDimension.provider, .project] {
            let report = Report(
                records: Self.records, dimension: dimension, range: Self.october, zone: zone, granularity: granularity)
            #expect(report.groups.count == (dimension == .provider ? 4 : 3))
            var everything: [Currency: Amount] = [:]
            for group in report.groups {
                let amounts = Dictionary(uniqueKeysWithValues: group.amounts.map { ($0.currency, $0.amount) })
                #expect(Self.sums(group.series) == amounts, "\(group.key) by \(granularity)")
                for (currency, amount) in amounts { everything[currency, default: .zero] += amount }
            }
            #expect(
                everything == Dictionary(uniqueKeysWithValues: report.totals.values.map { ($0.currency, $0.amount) }))
        }
    }

    @Test func aMonthlyBillInADailyReportIsOneMarkedLine() throws {
        let report = Report(
            records: Self.records, dimension: .provider, range: Self.october, zone: Self.utc, granularity: .day)
        let seeweb = try #require(report.groups.first { $0.key == "seeweb" })
        #expect(seeweb.series.count == 1)
        #expect(seeweb.series[0].bill == .monthly)
        #expect(seeweb.series[0].amount == Money(Amount("272.47")!, .eur))
        let f5 = try #require(report.groups.first { $0.key == "f5xc" })
        #expect(f5.series.map(\.bill) == [.monthly, nil], "the month's bill starts first; the day after")
        #expect(f5.series[1].amount == Money(Amount("1.01")!, .usd))
        let table = try ReportWriter.write(report, as: .table, zone: Self.utc)
        #expect(table.contains("2026-10 (monthly bill)"))
        let markdown = try ReportWriter.write(report, as: .markdown, zone: Self.utc)
        #expect(markdown.contains("| Seeweb ECS | 2026-10 (monthly bill) |"))
        let csv = try ReportWriter.write(report, as: .csv, zone: Self.utc)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "provider,label,period_start,period_end,bucket,currency,amount")
        #expect(lines.contains("seeweb,Seeweb ECS,2026-09-30T22:00:00Z,2026-10-31T23:00:00Z,monthly-bill,EUR,272.47"))
        #expect(lines.contains("f5xc,F5 Distributed Cloud,2026-10-03T00:00:00Z,2026-10-04T00:00:00Z,day,USD,1.01"))
        let json = try ReportWriter.write(report, as: .json, zone: Self.utc)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        let seewebJSON = try #require(groups.first { $0["key"] as? String == "seeweb" })
        let series = try #require(seewebJSON["series"] as? [[String: String]])
        #expect(
            series == [
                [
                    "start": "2026-09-30T22:00:00Z", "end": "2026-10-31T23:00:00Z", "bucket": "monthly-bill",
                    "currency": "EUR", "amount": "272.47",
                ]
            ])
    }

    @Test func aDailyBillInAnHourlyReportIsOneMarkedLinePerDay() throws {
        let report = Report(
            records: Self.records, dimension: .provider, range: Self.october, zone: Self.utc, granularity: .hour)
        let cloud = try #require(report.groups.first { $0.key == ProviderKind.cloudru.rawValue })
        #expect(cloud.series.count == 31)
        #expect(cloud.series.allSatisfy { $0.bill == .daily })
        let selectel = try #require(report.groups.first { $0.key == ProviderKind.selectel.rawValue })
        #expect(selectel.series.allSatisfy { $0.bill == nil && $0.end.timeIntervalSince($0.start) == 3_600 })
        let table = try ReportWriter.write(report, as: .table, zone: Self.utc)
        #expect(table.contains("2026-10-05 (daily bill)"))
        #expect(table.contains("2026-10-05 05:00"))
    }

    @Test func aMonthInAnotherZoneIsAnOrdinaryBucketOfAMonthlyReport() throws {
        let report = Report(
            records: Self.records, dimension: .provider, range: Self.october, zone: Self.utc, granularity: .month)
        for group in report.groups {
            #expect(group.series.allSatisfy { $0.bill == nil }, "\(group.key)")
            #expect(group.series.count == 1)
        }
    }

    @Test func otherSumsTheRestsBillsLineByLine() {
        let report = Report(
            records: Self.records, dimension: .provider, range: Self.october, zone: Self.utc, granularity: .day
        )
        .limited(to: 1)
        let other = report.groups[1]
        #expect(other.key == "(other)")
        var rest: [Currency: Amount] = [:]
        for money in other.amounts { rest[money.currency] = money.amount }
        #expect(Self.sums(other.series) == rest)
        #expect(other.series.contains { $0.bill == .monthly && $0.amount.currency == .eur })
    }
}
