import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: projects and objects")
struct SelectelDirectoryTests {
    @Test("projects lists id and name, including a Cyrillic name")
    func projects() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(
                simulator, "/v1/cloud_billing/statistic/projects?provider_keys=vpc&provider_keys=mks")
            #expect(reply.status == 200)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            #expect(try reply.object()["status"] as? String == "success")
            let projects = try reply.dataArray()
            #expect(projects.count == simulator.selectel.projects.count)
            #expect((4...5).contains(projects.count))
            for project in projects {
                #expect(Set(project.keys) == ["id", "name"])
                #expect(UUID(uuidString: project["id"] as? String ?? "") != nil)
            }
            let names = projects.compactMap { $0["name"] as? String }
            #expect(names.contains("production"))
            #expect(names.contains("Бухгалтерия"))
        }
    }

    @Test("objects are filtered by repeated provider_keys and localised by locale")
    func objects() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let base = "/v1/cloud_billing/statistic/objects?provider_keys=vpc&provider_keys=mks"
            let english = try await get(simulator, base + "&locale=en").dataArray()
            let expected = simulator.selectel.objects.filter { ["vpc", "mks"].contains($0.providerKey) }
            #expect(english.count == expected.count)
            #expect(english.map { $0["id"] as? String } == expected.map(\.id))
            for object in english {
                #expect(Set(object.keys) == ["id", "name", "parent_id", "project_id", "type", "type_name"])
            }
            let types = Set(english.compactMap { $0["type"] as? String })
            #expect(types.isSuperset(of: ["cloud_vm", "volume", "public_ip", "mks_cluster"]))
            #expect(!types.contains("s3_bucket"))
            #expect(english.contains { $0["name"] is NSNull }, "some objects are unnamed")
            #expect(english.contains { $0["name"] as? String == "1С-сервер" })

            let server = try #require(english.first { $0["type"] as? String == "cloud_vm" })
            #expect(server["type_name"] as? String == "Cloud server")
            let russian = try await get(simulator, base + "&locale=ru").dataArray()
            let russianServer = try #require(russian.first { $0["id"] as? String == server["id"] as? String })
            #expect(russianServer["type_name"] as? String == "Облачный сервер")

            let ids = Set(english.compactMap { $0["id"] as? String })
            let volume = try #require(english.first { $0["type"] as? String == "volume" })
            #expect(ids.contains(volume["parent_id"] as? String ?? "missing"))
        }
    }

    @Test("Unknown provider keys are accepted and match nothing")
    func unknownProviderKey() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(simulator, "/v1/cloud_billing/statistic/objects?provider_keys=inference")
            #expect(reply.status == 200)
            #expect(try reply.dataArray().isEmpty)
            let storage = try await get(simulator, "/v1/cloud_billing/statistic/objects?provider_keys=storage")
            #expect(try storage.dataArray().allSatisfy { $0["type"] as? String == "s3_bucket" })
            #expect(try !storage.dataArray().isEmpty)
        }
    }
}
