import CostCore
import Foundation
import Simulator
import Testing

@Suite("Seeweb simulator: rows, arithmetic and ground truth")
struct SeewebDatasetTests {
    /// Italian months computed with Foundation, independently of the simulator's own rule.
    static let rome: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Rome")!
        return calendar
    }()

    static func micros(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1_000_000).rounded()) }

    /// `value` rounded half up to cents.
    static func cents(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }

    static func decimal(_ amount: Amount) -> Decimal { Decimal(string: amount.description)! }

    @Test("Month starts follow Europe/Rome as Foundation computes it, summer time included")
    func monthsAreItalian() {
        for year in 2023...2028 {
            for month in 1...12 {
                let expected = Self.rome.date(from: DateComponents(year: year, month: month, day: 1))!
                let seeweb = SeewebMonth(year: year, month: month)!
                #expect(seeweb.start == expected, "\(seeweb)")
                #expect(SeewebMonth(containing: expected) == seeweb)
                #expect(SeewebMonth(containing: expected.addingTimeInterval(-1)) == seeweb.previous)
            }
        }
    }

    @Test("Every server row has exactly the seed's fields, and its figures add up to the cent")
    func rowsFollowTheSeed() async throws {
        try await SimulatorFixture.withSimulator(now: SeewebFixture.now) { simulator in
            var reservedRows = 0
            for month in simulator.seeweb.months.suffix(14) {
                let reply = try await SeewebFixture.get(simulator, SeewebFixture.path("servers", month))
                #expect(reply.status == 200)
                #expect(reply.contentType?.hasPrefix("application/json") == true)
                for row in try SeewebFixture.rows(reply) {
                    #expect(Set(row.keys) == Set(SeewebFixture.serverKeys))
                    let summary = try #require(row["summary"] as? [String: Any])
                    #expect(Set(summary.keys) == SeewebFixture.summaryKeys)
                    #expect(SeewebFixture.int(row["year"]) == month.year)
                    #expect(SeewebFixture.int(row["month"]) == month.month)
                    let name = try #require(row["name"] as? String)
                    #expect(name.hasPrefix("ec2") && name.count == 8 && Int(name.dropFirst(2)) != nil)
                    #expect(row["group"] is NSNull || (row["group"] as? String)?.hasPrefix("eg") == true)
                    let reserved = try #require(summary["reserved_discounts"] as? [[String: Any]])
                    reservedRows += reserved.isEmpty ? 0 : 1
                    var hours = (SeewebFixture.int(summary["online_hour"]) ?? -1)
                    hours += (SeewebFixture.int(summary["offline_hour"]) ?? -1)
                    var parts = try #require(SeewebFixture.amount(summary["online_price"]))
                    parts += try #require(SeewebFixture.amount(summary["offline_price"]))
                    var reductions = try #require(SeewebFixture.amount(summary["offline_reduction"]))
                    for entry in reserved {
                        #expect(Set(entry.keys) == SeewebFixture.reservedKeys)
                        hours += SeewebFixture.int(entry["reserved_hour"]) ?? -1
                        parts += try #require(SeewebFixture.amount(entry["reserved_price"]))
                        reductions += try #require(SeewebFixture.amount(entry["reserved_reduction"]))
                    }
                    let cost = try #require(SeewebFixture.amount(row["cost"]))
                    #expect(SeewebFixture.int(row["billed_hours"]) == hours)
                    #expect(cost == parts, "\(name) \(month)")
                    #expect(SeewebFixture.amount(summary["original_cost"]) == cost + reductions)
                    #expect(cost.rounded(toPlaces: 2) == cost)
                }
            }
            #expect(reservedRows > 20)
        }
    }

    /// Recomputes one server's month hour by hour from the dataset's public description:
    /// slots start every hour from creation; reserved, offline or online by where they start.
    static func recompute(_ server: SeewebServer, month: SeewebMonth, now: Date) -> (
        online: Int, offline: Int, reserved: [Int], cost: Decimal
    ) {
        let monthStart = micros(rome.date(from: DateComponents(year: month.year, month: month.month, day: 1))!)
        let monthEnd = micros(rome.date(byAdding: .month, value: 1, to: SeewebFixture.date(monthStart))!)
        let lifeEnd = min(micros(server.deleted ?? now), micros(now))
        var online = 0
        var offline = 0
        var reserved = [Int](repeating: 0, count: server.reservations.count)
        var slot = micros(server.created)
        while slot < lifeEnd && slot < monthEnd {
            if slot >= monthStart {
                if let index = server.reservations.firstIndex(where: {
                    micros($0.start) <= slot && slot < micros($0.end)
                }) {
                    reserved[index] += 1
                } else if server.offlineWindows.contains(where: { micros($0.start) <= slot && slot < micros($0.end) }) {
                    offline += 1
                } else {
                    online += 1
                }
            }
            slot += 3_600_000_000
        }
        let hourly = decimal(server.plan.hourlyPrice)
        var cost = cents(Decimal(online) * hourly)
        let offlineList = cents(Decimal(offline) * hourly)
        cost += cents(offlineList * Decimal(100 - server.offlineDiscountPercent) / 100)
        for (index, hours) in reserved.enumerated() where hours > 0 {
            let list = cents(Decimal(hours) * hourly)
            cost += cents(list * Decimal(100 - server.reservations[index].plan.discountPercent) / 100)
        }
        return (online, offline, reserved.filter { $0 > 0 }, cost)
    }

    @Test("Served hours and costs match an hour-by-hour recomputation, and totals match the ground truth")
    func servedFiguresMatchARecomputation() async throws {
        try await SimulatorFixture.withSimulator(now: SeewebFixture.now) { simulator in
            let dataset = simulator.seeweb
            for month in dataset.months {
                let reply = try await SeewebFixture.get(simulator, SeewebFixture.path("servers", month))
                let rows = try SeewebFixture.rows(reply)
                var served = Amount.zero
                var expectedRows = 0
                for server in dataset.servers {
                    let expected = Self.recompute(server, month: month, now: dataset.now)
                    let billed = expected.online + expected.offline + expected.reserved.reduce(0, +)
                    let row = rows.first { $0["name"] as? String == server.name }
                    guard billed > 0 else {
                        #expect(row == nil, "\(server.name) has no hours in \(month)")
                        continue
                    }
                    expectedRows += 1
                    let found = try #require(row, "\(server.name) \(month)")
                    let summary = try #require(found["summary"] as? [String: Any])
                    #expect(SeewebFixture.int(summary["online_hour"]) == expected.online)
                    #expect(SeewebFixture.int(summary["offline_hour"]) == expected.offline)
                    let reserved = (summary["reserved_discounts"] as? [[String: Any]]) ?? []
                    #expect(reserved.compactMap { SeewebFixture.int($0["reserved_hour"]) } == expected.reserved)
                    let cost = try #require(SeewebFixture.amount(found["cost"]))
                    #expect(Self.decimal(cost) == expected.cost, "\(server.name) \(month)")
                    served += cost
                }
                #expect(rows.count == expectedRows)
                #expect(served == dataset.serverCost(year: month.year, month: month.month))
                let templates = try SeewebFixture.rows(
                    try await SeewebFixture.get(simulator, SeewebFixture.path("templates", month)))
                let templateTotal = templates.reduce(Amount.zero) { $0 + (SeewebFixture.amount($1["cost"]) ?? .zero) }
                #expect(templateTotal == dataset.templateCost(year: month.year, month: month.month))
                #expect(dataset.totalCost(year: month.year, month: month.month) == served + templateTotal)
            }
        }
    }

    @Test("Template rows have the seed's fields; a template costs its fee in every month it existed")
    func templateRows() async throws {
        try await SimulatorFixture.withSimulator(now: SeewebFixture.now) { simulator in
            let dataset = simulator.seeweb
            #expect(dataset.templates.count >= 3)
            for month in dataset.months {
                let rows = try SeewebFixture.rows(
                    try await SeewebFixture.get(simulator, SeewebFixture.path("templates", month)))
                let expected = dataset.templates.filter { template in
                    template.created < month.end && (template.deleted ?? dataset.now) > month.start
                }
                #expect(rows.compactMap { $0["name"] as? String } == expected.map(\.name))
                for (row, template) in zip(rows, expected) {
                    #expect(Set(row.keys) == SeewebFixture.templateKeys)
                    #expect(SeewebFixture.amount(row["cost"]) == template.monthlyCost)
                    #expect(row["status"] as? String == (template.deleted == nil ? "Created" : "Deleted"))
                    #expect(SeewebFixture.int(row["month"]) == month.month)
                }
            }
        }
    }

    @Test("The CSV answer has the documented header and the same figures as the JSON one")
    func csvAgreesWithJSON() async throws {
        try await SimulatorFixture.withSimulator(now: SeewebFixture.now) { simulator in
            let header = [
                "year", "month", "name", "plan", "group", "notes", "status", "creation_date", "deletion_date",
                "billed_hours", "cost", "original_cost", "part", "hours", "price", "discount", "reduction",
                "reserved_plan", "reserved_start_date", "reserved_end_date",
            ]
            for month in simulator.seeweb.months.suffix(6) {
                let json = try SeewebFixture.rows(
                    try await SeewebFixture.get(simulator, SeewebFixture.path("servers", month)))
                let reply = try await SeewebFixture.get(simulator, SeewebFixture.path("servers", month, type: "csv"))
                #expect(reply.contentType?.hasPrefix("text/csv") == true)
                #expect(reply.text.hasSuffix("\r\n"))
                let lines = SeewebFixture.csvLines(reply)
                #expect(lines.first == header)
                let data = lines.dropFirst()
                #expect(data.allSatisfy { $0.count == header.count })
                for row in json {
                    let name = try #require(row["name"] as? String)
                    let own = data.filter { $0[2] == name }
                    let reserved = (row["summary"] as? [String: Any])?["reserved_discounts"] as? [Any] ?? []
                    #expect(own.map { $0[12] } == ["online", "offline"] + reserved.map { _ in "reserved" })
                    let prices = own.reduce(Amount.zero) { $0 + (Amount($1[14]) ?? Amount(-1_000_000)) }
                    #expect(prices == SeewebFixture.amount(row["cost"]))
                    #expect(own.allSatisfy { Amount($0[10]) == SeewebFixture.amount(row["cost"]) })
                    #expect(own.allSatisfy { $0[5] == row["notes"] as? String })
                    #expect(own.allSatisfy { $0[4] == (row["group"] as? String ?? "") })
                }
                #expect(
                    data.count == json.count * 2
                        + json.reduce(0) { count, row in
                            count + (((row["summary"] as? [String: Any])?["reserved_discounts"] as? [Any])?.count ?? 0)
                        })
                let templates = SeewebFixture.csvLines(
                    try await SeewebFixture.get(simulator, SeewebFixture.path("templates", month, type: "csv")))
                #expect(
                    templates.first == [
                        "year", "month", "name", "notes", "status", "creation_date", "deletion_date", "cost",
                    ])
                let templateTotal = templates.dropFirst().reduce(Amount.zero) { $0 + (Amount($1[7]) ?? .zero) }
                #expect(templateTotal == simulator.seeweb.templateCost(year: month.year, month: month.month))
            }
        }
    }

    @Test("The account has three groups and a server outside them, reservations, offline hours and deletions")
    func accountShape() {
        let dataset = SeewebDataset(seed: 42, now: SeewebFixture.now)
        #expect(dataset.groups.count == 3)
        #expect(Set(dataset.servers.compactMap(\.group)) == Set(dataset.groups))
        #expect(dataset.servers.contains { $0.group == nil })
        #expect((11...14).contains(dataset.servers.count))
        #expect(Set(dataset.servers.map(\.plan.name)).count >= 4)
        #expect(dataset.servers.map(\.name) == dataset.servers.map(\.name).sorted())
        let reserved = dataset.servers.filter { !$0.reservations.isEmpty }
        #expect(reserved.count * 2 > dataset.servers.count)
        let soon = dataset.now.addingTimeInterval(30 * 86_400)
        let expiring = reserved.filter { server in
            server.reservations.last.map { $0.end > dataset.now && $0.end <= soon } ?? false
        }
        #expect(expiring.count >= 2)
        let deleted = dataset.servers.compactMap(\.deleted)
        #expect(deleted.count >= 3)
        #expect(Set(deleted.map { SeewebMonth(containing: $0) }).count >= 3)
        #expect(dataset.servers.allSatisfy { $0.created < dataset.now })
        let offline = dataset.months.flatMap { dataset.serverBills($0) }.filter { $0.offlineHours > 0 }
        #expect(!offline.isEmpty)
        #expect(offline.allSatisfy { !$0.offlineReduction.isZero && $0.server.offlineDiscountPercent == 20 })
        #expect(dataset.months.first == dataset.firstMonth)
        #expect(dataset.months.last == SeewebMonth(year: 2026, month: 3))
        #expect(dataset.months.count >= 14)
    }

    @Test("The current month is partial: no server bills more hours than have started since the 1st")
    func currentMonthIsPartial() {
        let dataset = SeewebDataset(seed: 42, now: SeewebFixture.now)
        let month = dataset.currentMonth
        let startedHours = Int((dataset.now.timeIntervalSince(month.start) / 3_600).rounded(.up))
        let bills = dataset.serverBills(month)
        #expect(!bills.isEmpty)
        #expect(bills.allSatisfy { $0.billedHours <= startedHours })
        #expect(bills.contains { $0.billedHours >= startedHours - 1 })
        let previous = dataset.serverBills(month.previous)
        let fullMonthHours = Int(month.start.timeIntervalSince(month.previous.start) / 3_600)
        #expect(previous.contains { $0.billedHours == fullMonthHours })
    }

    @Test("The same seed and now give the same bytes; another seed gives other data")
    func deterministic() async throws {
        func answers(seed: UInt64) async throws -> [Data] {
            try await SimulatorFixture.withSimulator(seed: seed, now: SeewebFixture.now) { simulator in
                var bodies: [Data] = []
                for path in [
                    "/ecs/v2/billing/servers/2026/3?type=json", "/ecs/v2/billing/servers/2025/11?type=csv",
                    "/ecs/v2/billing/templates/2026/2?type=json",
                ] {
                    bodies.append(try await SeewebFixture.get(simulator, path).body)
                }
                return bodies
            }
        }
        let first = try await answers(seed: 42)
        #expect(try await answers(seed: 42) == first)
        #expect(try await answers(seed: 7) != first)
    }
}
