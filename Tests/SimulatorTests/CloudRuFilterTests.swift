import CostCore
import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: agreement, project, service and date filters")
struct CloudRuFilterTests {
    static let start = "2026-03-01T00:00:00Z"
    static let end = "2026-03-07T00:00:00Z"
    static let from = CloudRuFixture.day(2026, 3, 1)
    static let to = CloudRuFixture.day(2026, 3, 8)

    @Test("Repeated project_ids select the union of projects; agreement_id selects them all")
    func projects() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.cloudRu
            let token = try await CloudRuFixture.token(simulator)
            let chosen = [dataset.projects[1].id, dataset.projects[3].id]
            let both = try await CloudRuFixture.v1Pages(
                simulator, CloudRuFixture.path(projects: chosen, start: Self.start, end: Self.end), token: token,
                limit: 30_000)
            let rows = both.flatMap(\.rows)
            #expect(Set(rows.compactMap { dataset.resource(id: $0.resource_id)?.projectID }) == Set(chosen))
            let total = both.reduce(Amount.zero) { $0 + $1.liveAmount }
            #expect(total == dataset.totalAmount(from: Self.from, to: Self.to, projectIDs: Set(chosen)))

            let one = try await CloudRuFixture.v1Pages(
                simulator, CloudRuFixture.path(projects: [chosen[0]], start: Self.start, end: Self.end), token: token,
                limit: 30_000)
            let oneTotal = one.reduce(Amount.zero) { $0 + $1.liveAmount }
            #expect(oneTotal == dataset.totalAmount(from: Self.from, to: Self.to, projectIDs: [chosen[0]]))
            #expect(oneTotal < total)

            let everything = try await CloudRuFixture.v1Pages(
                simulator, CloudRuFixture.path(agreement: dataset.agreementID, start: Self.start, end: Self.end),
                token: token, limit: 30_000)
            let projectsSeen = Set(
                everything.flatMap(\.rows).compactMap { dataset.resource(id: $0.resource_id)?.projectID })
            #expect(projectsSeen == Set(dataset.projects.map(\.id)))
            #expect(
                everything.reduce(Amount.zero) { $0 + $1.liveAmount }
                    == dataset.totalAmount(from: Self.from, to: Self.to))

            let narrowed = try await CloudRuFixture.v1Pages(
                simulator,
                CloudRuFixture.path(
                    agreement: dataset.agreementID, projects: [chosen[0]], start: Self.start, end: Self.end),
                token: token, limit: 30_000)
            #expect(narrowed.reduce(Amount.zero) { $0 + $1.liveAmount } == oneTotal)
        }
    }

    @Test("Repeated service_names select services by their Russian names")
    func services() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.cloudRu
            let token = try await CloudRuFixture.token(simulator)
            let names = ["Объектное хранилище", "Привязка публичного IP адреса"]
            let path = CloudRuFixture.path(
                agreement: dataset.agreementID, services: names, start: Self.start, end: Self.end)
            let reply = try await CloudRuFixture.get(simulator, path, bearer: token)
            #expect(reply.status == 200)
            let page = try CloudRuPage(reply)
            #expect(Set(page.rows.map(\.servname)) == Set(names))
            #expect(page.liveAmount == dataset.totalAmount(from: Self.from, to: Self.to, services: Set(names)))

            let single = try CloudRuPage(
                try await CloudRuFixture.get(
                    simulator,
                    CloudRuFixture.path(
                        agreement: dataset.agreementID, services: [names[1]], start: Self.start, end: Self.end),
                    bearer: token))
            #expect(Set(single.rows.map(\.servname)) == [names[1]])

            // Go-style query decoding: `+` is a space.
            let plus = path.replacingOccurrences(of: "%20", with: "+")
            #expect(plus != path)
            #expect(
                try CloudRuPage(try await CloudRuFixture.get(simulator, plus, bearer: token)).numbers == page.numbers)

            let unknown = try await CloudRuFixture.get(
                simulator,
                CloudRuFixture.path(
                    agreement: dataset.agreementID, services: ["Нет такого"], start: Self.start, end: Self.end),
                bearer: token)
            #expect(unknown.text == "{\"consumptions\":[]}")
        }
    }

    @Test("usedate is the UTC midnight; start_date and end_date both include the midnight they name")
    func dayBounds() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            func days(_ start: String, _ end: String) async throws -> Set<String> {
                let path = CloudRuFixture.path(
                    agreement: simulator.cloudRu.agreementID, services: ["Диски"], start: start, end: end)
                return Set(
                    try CloudRuPage(try await CloudRuFixture.get(simulator, path, bearer: token)).rows.map(\.usedate))
            }
            #expect(try await days("2026-03-10T00:00:00Z", "2026-03-10T00:00:00Z") == ["2026-03-10T00:00:00Z"])
            #expect(try await days("2026-03-10T00:00:01Z", "2026-03-11T23:59:59Z") == ["2026-03-11T00:00:00Z"])
            #expect(
                try await days("2026-03-10T02:00:00+03:00", "2026-03-11T00:00:00Z")
                    == ["2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z"])
            #expect(try await days("2026-03-10T12:00:00Z", "2026-03-10T18:00:00Z").isEmpty)
            let recent = try await days("2026-03-13T00:00:00Z", "2026-03-20T00:00:00Z")
            #expect(recent == ["2026-03-13T00:00:00Z", "2026-03-14T00:00:00Z"], "today (15 March) has no rows yet")
        }
    }
}
