import CostCore
import Foundation
import Simulator
import Testing

@Suite("F5 simulator: usage_summary windows and values")
struct F5UsageSummaryTests {
    typealias Fixture = F5SimulatorFixture

    @Test("A day's summary has every item's raw usage, billing value and service, exactly")
    func dayOfUsage() async throws {
        try await Fixture.withSimulator { simulator in
            let dataset = simulator.f5
            let day = Fixture.utc(2026, 11, 10)
            let lastSecond = day.addingTimeInterval(86_399)
            let lines = try await Fixture.usageSummary(simulator, from: day, to: lastSecond)
            #expect(lines.map(\.name) == dataset.items.map(\.name))
            for line in lines {
                let item = try #require(dataset.item(named: line.name))
                let usage = dataset.totalUsage(from: day, to: day.addingTimeInterval(86_400), itemName: line.name)
                #expect(line.usageValue == usage)
                #expect(line.service == item.service)
                #expect(line.usageUnit == item.usageUnit && line.billingUnit == item.billingUnit)
                #expect(line.timestamp == Int64(day.timeIntervalSince1970) + 23 * 3600)
            }
            let waap = try #require(lines.first { $0.name == "WAAP Requests" })
            #expect(waap.billingValue == Amount(units: Int128(waap.usageValue) * 1_000_000))
            let balancers = try #require(lines.first { $0.name == "HTTP Load Balancer" })
            #expect(balancers.usageValue % 24 == 0)
            #expect(balancers.billingValue == Amount(Int(balancers.usageValue / 24)))
        }
    }

    @Test("end_time is inclusive: a sample stamped at end_time counts")
    func inclusiveEnd() async throws {
        try await Fixture.withSimulator { simulator in
            let start = Fixture.utc(2026, 11, 12, 8)
            let lines = try await Fixture.usageSummary(simulator, from: start, to: start.addingTimeInterval(3600))
            let line = try #require(lines.first { $0.name == "DNS Queries" })
            let twoHours = simulator.f5.totalUsage(
                from: start, to: start.addingTimeInterval(7200), itemName: "DNS Queries")
            #expect(line.usageValue == twoHours)
        }
    }

    @Test("Unix seconds and RFC 3339 bounds give the same answer")
    func unixSecondsOrRFC3339() async throws {
        try await Fixture.withSimulator { simulator in
            let start = Fixture.utc(2026, 11, 3)
            let end = Fixture.utc(2026, 11, 4)
            let rfc = try await Fixture.post(
                simulator, Fixture.usageSummaryPath,
                body: "{\"start_time\":\"2026-11-03T03:00:00+03:00\",\"end_time\":\"\(Fixture.rfc3339(end))\"}")
            let unix = try await Fixture.post(
                simulator, Fixture.usageSummaryPath,
                body: "{\"start_time\":\"\(Int(start.timeIntervalSince1970))\",\"end_time\":"
                    + "\"\(Int(end.timeIntervalSince1970))\"}")
            #expect(rfc.status == 200 && unix.status == 200)
            #expect(rfc.body == unix.body)
            #expect(try !rfc.summaryLines().isEmpty)
        }
    }

    @Test("A missing bound is the other one ± 6 hours; none is the 6 hours before now")
    func defaultBounds() async throws {
        try await Fixture.withSimulator { simulator in
            let start = Fixture.utc(2026, 11, 14, 2)
            let startText = Fixture.rfc3339(start)
            let sixLater = Fixture.rfc3339(start.addingTimeInterval(6 * 3600))
            let path = Fixture.usageSummaryPath
            let explicit = try await Fixture.post(
                simulator, path, body: "{\"start_time\":\"\(startText)\",\"end_time\":\"\(sixLater)\"}")
            let onlyStart = try await Fixture.post(simulator, path, body: "{\"start_time\":\"\(startText)\"}")
            let onlyEnd = try await Fixture.post(simulator, path, body: "{\"end_time\":\"\(sixLater)\"}")
            #expect(explicit.status == 200)
            #expect(onlyStart.body == explicit.body)
            #expect(onlyEnd.body == explicit.body)

            let now = Fixture.now
            let lastSix = try await Fixture.post(
                simulator, path,
                body: "{\"start_time\":\"\(Int(now.timeIntervalSince1970) - 6 * 3600)\","
                    + "\"end_time\":\"\(Int(now.timeIntervalSince1970))\"}")
            let neither = try await Fixture.post(simulator, path, body: "{}")
            #expect(neither.body == lastSix.body)
            let line = try #require(try neither.summaryLines().first { $0.name == "WAAP Requests" })
            // 06:25 to 12:25 holds the samples of 07:00 … 11:00; 12:00 is not billed yet.
            let expected = simulator.f5.totalUsage(
                from: Fixture.utc(2026, 11, 20, 7), to: Fixture.utc(2026, 11, 20, 12), itemName: "WAAP Requests")
            #expect(line.usageValue == expected)
        }
    }

    @Test(
        "Malformed or impossible windows are 400 with gRPC code 3",
        arguments: [
            #"{"end_time":"example","start_time":"example"}"#,
            #"{"start_time":"2026-11-10T00:00:00Z","end_time":"2026-11-09T23:59:59Z"}"#,
            #"{"start_time":"2026-10-01T00:00:00Z","end_time":"2026-11-01T00:00:01Z"}"#,
            #"{"start_time":1762732800}"#,
            #"{"start_time":"2026-11-10T00:00:00"}"#,
            #"["start_time"]"#,
            #"{"start_time":"2026-11-10"#,
        ])
    func badWindows(body: String) async throws {
        try await Fixture.withSimulator { simulator in
            let reply = try await Fixture.post(simulator, Fixture.usageSummaryPath, body: body)
            #expect(reply.status == 400)
            let answer = try reply.object()
            #expect(answer["code"] as? Int == 3)
            #expect(!(answer["message"] as? String ?? "").isEmpty)
        }
    }

    @Test("Exactly 31 days is accepted; before the tenant existed there is no usage")
    func limitsAndHistory() async throws {
        try await Fixture.withSimulator { simulator in
            let start = Fixture.utc(2026, 10, 1)
            let lines = try await Fixture.usageSummary(
                simulator, from: start, to: start.addingTimeInterval(31 * 86_400))
            #expect(lines.count == simulator.f5.items.count)
            let early = simulator.f5.historyStart.addingTimeInterval(-10 * 86_400)
            let none = try await Fixture.usageSummary(simulator, from: early, to: early.addingTimeInterval(86_400))
            #expect(none.isEmpty)
        }
    }
}
