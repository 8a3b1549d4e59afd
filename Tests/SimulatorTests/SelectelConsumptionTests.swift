import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: consumption totals and periods")
struct SelectelConsumptionTests {
    static let allKeys: Set<String> = ["vpc", "mks", "storage", "dbaas"]

    @Test("A day-grouped month sums to the dataset's total over the same UTC hours, day by day")
    func monthByDay() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path = consumptionPath(start: "2026-02-01T00:00:00", end: "2026-02-28T23:00:00")
            let reply = try await get(simulator, path)
            #expect(reply.status == 200)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let rows = try reply.decode(StatisticsEnvelope.self)
            #expect(rows.status == "success")
            let from = SimulatorFixture.moscowDate(2026, 2, 1)
            let to = SimulatorFixture.moscowDate(2026, 3, 1)
            #expect(from == Date(timeIntervalSince1970: 1_769_893_200), "MSK day starts at 21:00 UTC the day before")
            #expect(rows.total == simulator.selectel.totalKopecks(from: from, to: to))

            let byDay = rows.data.totalsByPeriod()
            #expect(byDay.count == 28)
            for day in 1...28 {
                let label = String(format: "2026-02-%02dT00:00:00", day)
                let dayStart = SimulatorFixture.moscowDate(2026, 2, day)
                let expected = simulator.selectel.totalKopecks(from: dayStart, to: dayStart.addingTimeInterval(86_400))
                #expect(byDay[label] == expected, "\(label)")
            }
            #expect(rows.data.allSatisfy { $0.value > 0 && $0.account_id == simulator.selectel.accountID })
        }
    }

    @Test("Repeated provider_keys select the union of services")
    func repeatedProviderKeys() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let start = "2026-03-01T00:00:00"
            let end = "2026-03-07T23:00:00"
            let from = SimulatorFixture.moscowDate(2026, 3, 1)
            let to = SimulatorFixture.moscowDate(2026, 3, 8)
            let both = try await get(simulator, consumptionPath(keys: ["vpc", "mks"], start: start, end: end))
                .decode(StatisticsEnvelope.self)
            let vpc = try await get(simulator, consumptionPath(keys: ["vpc"], start: start, end: end))
                .decode(StatisticsEnvelope.self)
            #expect(Set(both.data.map(\.provider_key)) == ["vpc", "mks"])
            #expect(Set(vpc.data.map(\.provider_key)) == ["vpc"])
            #expect(both.total == simulator.selectel.totalKopecks(from: from, to: to, providerKeys: ["vpc", "mks"]))
            #expect(vpc.total == simulator.selectel.totalKopecks(from: from, to: to, providerKeys: ["vpc"]))
            #expect(both.total > vpc.total)
        }
    }

    @Test(
        "hour, day, week, month, year and all grouping give the same total",
        arguments: [
            "hour", "day", "week", "month", "year",
        ])
    func groupingsAgree(period: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let start = "2025-12-20T05:00:00"
            let end = "2026-03-15T23:00:00"
            let all = try await get(simulator, consumptionPath(start: start, end: end, period: "all"))
                .decode(StatisticsEnvelope.self)
            let grouped = try await get(simulator, consumptionPath(start: start, end: end, period: period))
                .decode(StatisticsEnvelope.self)
            let from = SimulatorFixture.moscowDate(2025, 12, 20, 5)
            #expect(all.total == simulator.selectel.totalKopecks(from: from, to: SimulatorFixture.now))
            #expect(grouped.total == all.total)
            #expect(Set(all.data.map(\.period)) == [start], "'all' is one bucket labelled with the start")
            #expect(grouped.data.map(\.period) == grouped.data.map(\.period).sorted(), "rows are ordered by period")
            #expect(grouped.data.first?.period == start, "the first bucket is clipped to the start")
        }
    }

    @Test("Buckets start on Moscow hours, Mondays, first days of months and years")
    func bucketLabels() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            func periods(_ period: String) async throws -> [String] {
                let path = consumptionPath(start: "2025-12-20T05:00:00", end: "2026-02-10T23:00:00", period: period)
                let reply = try await get(simulator, path)
                var seen: [String] = []
                for row in try reply.decode(StatisticsEnvelope.self).data where seen.last != row.period {
                    seen.append(row.period)
                }
                return seen
            }
            #expect(try await periods("year") == ["2025-12-20T05:00:00", "2026-01-01T00:00:00"])
            #expect(
                try await periods("month") == ["2025-12-20T05:00:00", "2026-01-01T00:00:00", "2026-02-01T00:00:00"])
            let weeks = try await periods("week")
            #expect(weeks.prefix(3) == ["2025-12-20T05:00:00", "2025-12-22T00:00:00", "2025-12-29T00:00:00"])
            #expect(weeks.last == "2026-02-09T00:00:00")
            let hours = try await periods("hour")
            #expect(hours.prefix(2) == ["2025-12-20T05:00:00", "2025-12-20T06:00:00"])
            let expectedHours = 53 * 24 - 5
            #expect(hours.count == expectedHours)
        }
    }

    @Test("end includes the hour stamped at it; the hour containing now is not billed yet")
    func hourBoundaries() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            // now = 13:25 MSK: 12:00 MSK is the last complete hour, 13:00 is not billed.
            let single = try await get(
                simulator, consumptionPath(start: "2026-03-15T12:00:00", end: "2026-03-15T12:00:00", period: "hour")
            ).decode(StatisticsEnvelope.self)
            let hourStart = SimulatorFixture.moscowDate(2026, 3, 15, 12)
            #expect(single.total > 0)
            #expect(single.total == simulator.selectel.totalKopecks(from: hourStart, to: hourStart + 3600))
            #expect(Set(single.data.map(\.period)) == ["2026-03-15T12:00:00"])

            let current = try await get(
                simulator, consumptionPath(start: "2026-03-15T13:00:00", end: "2026-03-16T23:00:00", period: "hour")
            ).decode(StatisticsEnvelope.self)
            #expect(current.data.isEmpty)
            #expect(simulator.selectel.billedUntil == SimulatorFixture.moscowDate(2026, 3, 15, 13))
        }
    }

    @Test("A 400-day hourly range is answered in full")
    func longHourlyRange() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(
                simulator, consumptionPath(start: "2025-02-08T00:00:00", end: "2026-03-15T23:00:00", period: "hour"))
            let rows = try reply.decode(StatisticsEnvelope.self)
            let from = SimulatorFixture.moscowDate(2025, 2, 8)
            #expect(rows.total == simulator.selectel.totalKopecks(from: from, to: SimulatorFixture.now))
            let expectedHours = 400 * 24 + 13
            #expect(Set(rows.data.map(\.period)).count == expectedHours)
        }
    }

    @Test("summary_stats answers like consumption, requires items_count_period_group_type, locale optional")
    func summaryStats() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let path =
                "/v1/cloud_billing/statistic/summary_stats?provider_keys=vpc&provider_keys=dbaas"
                + "&start=2026-03-01T00:00:00&end=2026-03-10T23:00:00&group_type=project_metric&period_group_type=day"
            let missing = try await get(simulator, path)
            #expect(missing.status == 400)
            #expect(try missing.errorMessage().contains("items_count_period_group_type"))
            let reply = try await get(simulator, path + "&items_count_period_group_type=day")
            #expect(reply.status == 200)
            let rows = try reply.decode(StatisticsEnvelope.self)
            let expected = simulator.selectel.totalKopecks(
                from: SimulatorFixture.moscowDate(2026, 3, 1),
                to: SimulatorFixture.moscowDate(2026, 3, 11),
                providerKeys: ["vpc", "dbaas"]
            )
            #expect(rows.total == expected)
            #expect(rows.data.contains { $0.metric?.name == "Оперативная память" }, "locale defaults to ru")
        }
    }
}
