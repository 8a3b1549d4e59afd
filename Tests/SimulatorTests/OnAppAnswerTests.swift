import CostCore
import Foundation
import Simulator
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("OnApp simulator: the statistics answers")
struct OnAppAnswerTests {
    static let day = OnAppFixture.period("2026-03-14 00:00:00", "2026-03-14 23:00:00")

    @Test func jsonRowsAreRootWrappedWithTheDocumentedFields() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let dataset = simulator.onApp
            let reply = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: Self.day))
            let rows = try OnAppFixture.rows(reply)
            #expect(
                rows.count == dataset.rowCount(from: OnAppFixture.utc(2026, 3, 14), to: OnAppFixture.utc(2026, 3, 15)))
            var userRows = 0
            for row in rows {
                #expect(row["id"] as? Int == 0)
                #expect(row["vm_billing_stat_id"] as? Int == 0)
                #expect(row["user_id"] as? Int == dataset.userID)
                #expect(row["currency_code"] as? String == "USD")
                #expect(row["vm_resources_cost"] == nil)
                let stat = try #require(row["stat_time"] as? String)
                #expect(stat.hasSuffix(":00:00.000Z"))
                #expect((row["created_at"] as? String)?.hasPrefix(String(stat.prefix(14))) == true)
                #expect(row["created_at"] as? String == row["updated_at"] as? String)
                if row["virtual_machine_id"] is NSNull {
                    userRows += 1
                    #expect(row["billing_stats"] == nil)
                    continue
                }
                let machineID = try #require(row["virtual_machine_id"] as? Int)
                let machine = try #require(dataset.virtualMachine(id: machineID))
                let stats = try #require(row["billing_stats"] as? [String: [[String: Any]]])
                #expect(Set(stats.keys) == ["virtual_machines", "disks", "network_interfaces"])
                #expect(stats["virtual_machines"]?.map { $0["id"] as? Int } == [machineID])
                #expect(stats["virtual_machines"]?.first?["label"] as? String == machine.label)
                #expect(stats["disks"]?.compactMap { $0["id"] as? Int } == machine.disks.map(\.id))
                #expect(
                    stats["network_interfaces"]?.compactMap { $0["id"] as? Int } == machine.networkInterfaces.map(\.id))
                for item in stats.values.joined() {
                    let costs = try #require(item["costs"] as? [[String: Any]])
                    #expect(
                        costs.allSatisfy {
                            $0["value"] is Int && $0["cost"] is NSNumber && $0["resource_name"] is String
                        })
                }
            }
            #expect(userRows == 24)
        }
    }

    @Test func eachTotalIsTheExactSumOfItsBreakdown() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: Self.day))
            // One element per line makes each row's text easy to cut out.
            let elements = reply.text.dropFirst().dropLast().components(separatedBy: "}},{\"vm_hourly_stat\"")
            #expect(elements.count > 24)
            var checked = 0
            for element in elements where element.contains("\"billing_stats\"") {
                let totals = OnAppFixture.amounts("total_cost", in: element)
                let costs = OnAppFixture.amounts("cost", in: element)
                #expect(totals.count == 1)
                #expect(totals.first == OnAppFixture.sum(costs))
                checked += 1
            }
            #expect(checked > 0)
            // All of them together are the dataset's own total.
            let total = OnAppFixture.sum(OnAppFixture.amounts("total_cost", in: reply.text))
            #expect(
                total
                    == simulator.onApp.totalCost(from: OnAppFixture.utc(2026, 3, 14), to: OnAppFixture.utc(2026, 3, 15))
            )
            let usage = OnAppFixture.sum(OnAppFixture.amounts("usage_cost", in: reply.text))
            #expect(
                usage
                    == simulator.onApp.usageCost(from: OnAppFixture.utc(2026, 3, 14), to: OnAppFixture.utc(2026, 3, 15))
            )
            #expect(usage > .zero && usage < total)
            // Money is written as Ruby writes decimals: never as a bare integer.
            #expect(!reply.text.contains("\"cost\":0,") && reply.text.contains("\"cost\":0.0,"))
        }
    }

    @Test func theXMLHasTheSeedsShape() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, "xml", query: Self.day))
            #expect(reply.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vm_stats type=\"array\">\n"))
            let root = try #require(try OnAppFixture.document(reply).rootElement())
            #expect(root.name == "vm_stats")
            #expect(root.attribute(forName: "type")?.stringValue == "array")
            let rows = root.elements(forName: "vm_hourly_stat")
            #expect(rows.count == (root.children ?? []).filter { $0.kind == .element }.count)
            let userRow = try #require(rows.first)
            // The user-level row is the seed's example, field for field and in its order.
            #expect(
                userRow.children?.compactMap(\.name) == [
                    "created_at", "currency_code", "id", "stat_time", "updated_at", "user_id", "virtual_machine_id",
                    "vm_billing_stat_id", "total_cost", "usage_cost",
                ])
            let types = Dictionary(
                uniqueKeysWithValues: (userRow.children ?? []).compactMap { $0 as? XMLElement }.map {
                    ($0.name ?? "", $0.attribute(forName: "type")?.stringValue ?? "")
                })
            #expect(
                types == [
                    "created_at": "datetime", "currency_code": "", "id": "integer", "stat_time": "datetime",
                    "updated_at": "datetime", "user_id": "integer", "virtual_machine_id": "",
                    "vm_billing_stat_id": "integer",
                    "total_cost": "decimal", "usage_cost": "decimal",
                ])
            let nilMachine = userRow.elements(forName: "virtual_machine_id").first
            #expect(nilMachine?.attribute(forName: "nil")?.stringValue == "true")
            #expect(userRow.elements(forName: "stat_time").first?.stringValue == "2026-03-14T00:00:00Z")
            let serverRow = try #require(rows.dropFirst().first)
            let stats = try #require(serverRow.elements(forName: "billing_stats").first)
            #expect(stats.children?.compactMap(\.name) == ["virtual_machines", "disks", "network_interfaces"])
            let disks = try #require(stats.elements(forName: "disks").first)
            #expect(disks.attribute(forName: "type")?.stringValue == "array")
            let cost = try #require(
                disks.elements(forName: "disk").first?.elements(forName: "costs").first?.elements(forName: "cost").first
            )
            #expect(cost.children?.compactMap(\.name) == ["value", "cost", "resource_name"])
            #expect(cost.elements(forName: "value").first?.attribute(forName: "type")?.stringValue == "integer")
            #expect(cost.elements(forName: "cost").first?.attribute(forName: "type")?.stringValue == "float")
            // The swap disk has no label.
            #expect(reply.text.contains("<label nil=\"true\"/>"))
        }
    }

    @Test func jsonAndXMLCarryTheSameRows() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let json = try OnAppFixture.rows(
                try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, query: Self.day)))
            let xml = try OnAppFixture.document(
                try await OnAppFixture.get(simulator, OnAppFixture.path(simulator, "xml", query: Self.day)))
            let xmlRows = xml.rootElement()?.elements(forName: "vm_hourly_stat") ?? []
            #expect(xmlRows.count == json.count)
            for (jsonRow, xmlRow) in zip(json, xmlRows) {
                let xmlStat = xmlRow.elements(forName: "stat_time").first?.stringValue ?? ""
                #expect((jsonRow["stat_time"] as? String)?.replacingOccurrences(of: ".000Z", with: "Z") == xmlStat)
                let xmlMachine = xmlRow.elements(forName: "virtual_machine_id").first?.stringValue ?? ""
                #expect(((jsonRow["virtual_machine_id"] as? Int).map(String.init) ?? "") == xmlMachine)
                let xmlTotal = Amount(xmlRow.elements(forName: "total_cost").first?.stringValue ?? "")
                let jsonTotal = Amount("\(jsonRow["total_cost"] ?? "")")
                #expect(xmlTotal != nil && xmlTotal == jsonTotal)
            }
        }
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOthers() async throws {
        let path = { (simulator: RunningSimulator) in OnAppFixture.path(simulator, query: Self.day) }
        let first = try await SimulatorFixture.withSimulator(seed: 5) { try await OnAppFixture.get($0, path($0)).body }
        let again = try await SimulatorFixture.withSimulator(seed: 5) { try await OnAppFixture.get($0, path($0)).body }
        let other = try await SimulatorFixture.withSimulator(seed: 6) { try await OnAppFixture.get($0, path($0)).body }
        #expect(first == again)
        #expect(first != other)
        #expect(
            OnAppDataset(seed: 5, now: SimulatorFixture.now).userID
                == OnAppDataset(seed: 5, now: SimulatorFixture.now.addingTimeInterval(86_400)).userID)
    }
}
