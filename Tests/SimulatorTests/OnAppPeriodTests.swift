import CostCore
import Foundation
import Simulator
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("OnApp simulator: the period parameters")
struct OnAppPeriodTests {
    /// The `stat_time`s of a JSON answer.
    static func statTimes(_ reply: OnAppReply) throws -> [String] {
        try OnAppFixture.rows(reply).compactMap { $0["stat_time"] as? String }
    }

    @Test func everyEncodingOfTheDatesMeansTheSame() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let queries = [
                "period[startdate]=2026-03-14+09%3A00%3A00&period[enddate]=2026-03-14+11%3A00%3A00",
                "period%5Bstartdate%5D=2026-03-14+09%3A00%3A00&period%5Benddate%5D=2026-03-14+11%3A00%3A00",
                "period%5Bstartdate%5D=2026-03-14%2009%3A00%3A00&period%5Benddate%5D=2026-03-14%2011%3A00%3A00",
                "period%5Bstartdate%5D=2026-03-14+09:00:00&period%5Benddate%5D=2026-03-14+11:00:00",
                "period%5Bstartdate%5D=2026-03-14T09:00:00&period%5Benddate%5D=2026-03-14T11:00:00",
            ]
            var bodies: [Data] = []
            for query in queries {
                let reply = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: query))
                #expect(reply.status == 200, "\(query)")
                bodies.append(reply.body)
            }
            #expect(Set(bodies).count == 1)
            // Both ends are included: 09:00, 10:00 and 11:00.
            let times = try Self.statTimes(
                OnAppReply(status: 200, headers: [:], body: try #require(bodies.first)))
            #expect(Set(times) == ["2026-03-14T09:00:00.000Z", "2026-03-14T10:00:00.000Z", "2026-03-14T11:00:00.000Z"])
            let rowsPerHour = simulator.onApp.rowCount(
                from: OnAppFixture.utc(2026, 3, 14, 9), to: OnAppFixture.utc(2026, 3, 14, 12))
            #expect(times.count == rowsPerHour)
        }
    }

    @Test func aStartInsideAnHourSkipsThatHour() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let query = OnAppFixture.period("2026-03-14 09:00:01", "2026-03-14 10:59:59")
            let times = try Self.statTimes(
                try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: query)))
            #expect(Set(times) == ["2026-03-14T10:00:00.000Z"])
        }
    }

    @Test(
        arguments: [
            // Winter (CET, UTC+1), summer (CEST, UTC+2), and the spring gap (02:30 never happens).
            ("2026-03-20 10:00:00", "2026-03-20 12:00:00"),
            ("2026-07-10 10:00:00", "2026-07-10 12:00:00"),
            ("2026-03-29 02:30:00", "2026-03-29 05:00:00"),
        ])
    func localTimeIsTheUsersAmsterdamClock(start: String, end: String) async throws {
        let now = OnAppFixture.utc(2026, 8, 1)
        try await SimulatorFixture.withSimulator(now: now) { simulator in
            #expect(simulator.onApp.timeZoneIdentifier == "Europe/Amsterdam")
            let query = OnAppFixture.period(start, end) + "&period%5Buse_local_time%5D=1"
            let times = try Self.statTimes(
                try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: query)))
            // Foundation's reading of the same wall-clock times.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
            func instant(_ text: String) -> Date {
                let civil = CivilDateTime(parsing: text)!
                let components = DateComponents(
                    year: civil.year, month: civil.month, day: civil.day, hour: civil.hour, minute: civil.minute)
                return calendar.date(from: components)!
            }
            let first = Date(timeIntervalSince1970: (instant(start).timeIntervalSince1970 / 3_600).rounded(.up) * 3_600)
            let last = instant(end)
            let expected = Set(
                stride(from: first.timeIntervalSince1970, through: last.timeIntervalSince1970, by: 3_600).map {
                    CivilDateTime(Date(timeIntervalSince1970: $0), utcOffsetSeconds: 0).description + ".000Z"
                })
            #expect(Set(times) == expected)
            #expect(!times.isEmpty)
            // Without the flag the same text is UTC.
            let utcTimes = try Self.statTimes(
                try await OnAppFixture.get(
                    simulator, OnAppFixture.path(simulator, query: OnAppFixture.period(start, end))))
            #expect(Set(utcTimes) != expected)
        }
    }

    @Test func withoutAPeriodTheLastThreeMonthsAreServed() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator))
            let times = try Self.statTimes(reply)
            // 2026-03-15T10:25Z minus three months is 2025-12-15T10:25Z: the first full hour is 11:00.
            #expect(times.first == "2025-12-15T11:00:00.000Z")
            #expect(times.last == "2026-03-15T10:00:00.000Z")
            #expect(simulator.onApp.defaultPeriodStart == OnAppFixture.utc(2025, 12, 15, 10, 25))
            #expect(simulator.onApp.historyStart < simulator.onApp.defaultPeriodStart)
            let expected = simulator.onApp.rowCount(from: simulator.onApp.defaultPeriodStart, to: SimulatorFixture.now)
            #expect(times.count == expected)
            // Only an end: the window still starts three months before now.
            let onlyEnd = try await OnAppFixture.get(
                simulator, OnAppFixture.path(simulator, query: "period%5Benddate%5D=2025-12-15+12%3A00%3A00"))
            #expect(try Self.statTimes(onlyEnd).first == "2025-12-15T11:00:00.000Z")
            #expect(try Self.statTimes(onlyEnd).last == "2025-12-15T12:00:00.000Z")
        }
    }

    @Test func anEndBeforeTheStartSelectsNothing() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let query = OnAppFixture.period("2026-03-14 12:00:00", "2026-03-14 09:00:00")
            let json = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: query))
            #expect(json.status == 200 && json.text == "[]")
            let xml = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, "xml", query: query))
            #expect(xml.text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vm_stats type=\"array\"/>\n")
        }
    }

    @Test(arguments: ["yesterday", "2026-13-01 00:00:00", "2026-03-01 25:00:00", "2026-02-30", "1969-12-31 23:00:00"])
    func unreadableDatesAre422InTheRailsShape(value: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let query = "period%5Bstartdate%5D=\(OnAppFixture.encode(value))"
            let json = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: query))
            #expect(json.status == 422)
            let errors = try #require(try json.object()["errors"] as? [String: [String]])
            #expect(errors == ["startdate": ["is not a valid date and time (YYYY-MM-DD hh:mm:ss)"]])
            let end = "period%5Benddate%5D=\(OnAppFixture.encode(value))"
            let xml = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, "xml", query: end))
            #expect(xml.status == 422)
            let message = try OnAppFixture.document(xml).rootElement()?.elements(forName: "error").first?.stringValue
            #expect(message == "Enddate is not a valid date and time (YYYY-MM-DD hh:mm:ss)")
        }
    }
}
