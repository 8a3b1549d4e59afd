import CostCore
import Foundation
import Providers
import Testing

@Suite("OnApp: decoding the statistics answers")
struct OnAppDecodingTests {
    let client = OnAppClient(
        account: OnAppAccount(
            name: "onapp-decode", endpoint: try! Endpoint("https://cloud.example.com"), userID: 1,
            email: "user@example.com", apiKey: Secret("key")),
        transport: ScriptedTransport(status: 500, body: ""))

    @Test func theSeedsXMLExampleIsNotWellFormedAndFailsWithATypedError() throws {
        let error = try #require(throws: OnAppXMLError.self) {
            _ = try OnAppXMLDecoding.decode(Array(OnAppTestSupport.seedXML.utf8))
        }
        #expect(error.message.hasPrefix("not well-formed XML"))
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("line 1"))
    }

    @Test func theSeedsXMLExampleWithItsClosingTagFixedDecodes() throws {
        let rows = try OnAppXMLDecoding.decode(Array(OnAppTestSupport.fixedSeedXML.utf8))
        #expect(rows.count == 2)
        #expect(rows.map(\.statTime) == [OnAppTestSupport.utc(2013, 5, 1, 0), OnAppTestSupport.utc(2013, 5, 1, 1)])
        for row in rows {
            #expect(row.rootKey == "vm_hourly_stat")
            #expect(row.currencyCode == "USD")
            #expect(row.totalCost == .zero)
            #expect(row.usageCost == .zero)
            #expect(row.userID == "239")
            #expect(row.virtualMachineID == nil)
            #expect(row.billingStats.isEmpty && !row.hasBreakdown)
        }
        // Zero-cost rows without a breakdown make no records.
        #expect(try client.records(from: rows).isEmpty)
    }

    @Test func theSeedsRowsInJSONDecodeToTheSameValues() throws {
        let json = """
            [{"vm_hourly_stat":{"created_at":"2013-05-01T00:00:28Z","currency_code":"USD","id":0,
              "stat_time":"2013-05-01T00:00:00Z","updated_at":"2013-05-01T00:00:28Z","user_id":239,
              "virtual_machine_id":null,"vm_billing_stat_id":0,"total_cost":0.0,"usage_cost":0.0}},
             {"vm_hourly_stat":{"created_at":"2013-05-01T01:00:27Z","currency_code":"USD","id":0,
              "stat_time":"2013-05-01T01:00:00Z","updated_at":"2013-05-01T01:00:27Z","user_id":239,
              "virtual_machine_id":null,"vm_billing_stat_id":0,"total_cost":0.0,"usage_cost":0.0}}]
            """
        let fromJSON = try OnAppJSONDecoding.decode(Array(json.utf8))
        let fromXML = try OnAppXMLDecoding.decode(Array(OnAppTestSupport.fixedSeedXML.utf8))
        #expect(fromJSON == fromXML)
    }

    @Test func aServerRowDecodesTheSameFromJSONAndXML() throws {
        let fromJSON = try OnAppJSONDecoding.decode(Array(OnAppTestSupport.serverRowJSON.utf8))
        let fromXML = try OnAppXMLDecoding.decode(Array(OnAppTestSupport.serverRowXML.utf8))
        let row = try #require(fromJSON.first)
        #expect(fromJSON.count == 1)
        #expect(row.statTime == OnAppTestSupport.utc(2011, 8, 9, 12))
        #expect(row.virtualMachineID == "44")
        #expect(row.totalCost == Amount("103.5")!)
        #expect(row.vmResourcesCost == Amount("103.2845")!)
        #expect(row.billingStats.map(\.name) == ["disks", "network_interfaces", "virtual_machines"])
        let disks = row.billingStats[0].items
        #expect(disks.map(\.id) == ["2933", "44"])
        #expect(disks.map(\.label) == ["Disk#2933", nil])
        let package = row.billingStats[1].items[0].costs[1]
        #expect(package.resourceName == "instance_package")
        #expect(package.value == Amount(1))
        #expect(package.cost == Amount(100))
        #expect(package.resourceID == "90")
        #expect(row.billingStats[2].items[0].costs[0].cost == Amount("0.0345")!)
        // XML's rows carry the element names; the values are the same.
        var xmlRow = try #require(fromXML.first)
        #expect(xmlRow.rootKey == "vm_hourly_stat")
        xmlRow.rootKey = row.rootKey
        #expect(xmlRow == row)
    }

    @Test(arguments: ["vm_hourly_stat", "vm_stats", "vm_stat", "hourly_stat"])
    func rowsWrappedInAnyOneRootKeyDecode(rootKey: String) throws {
        let body =
            "[{\"\(rootKey)\":{\"stat_time\":\"2026-03-01T10:00:00Z\",\"currency_code\":\"EUR\",\"total_cost\":\"1.25\"}}]"
        let rows = try OnAppJSONDecoding.decode(Array(body.utf8))
        #expect(rows.map(\.rootKey) == [rootKey])
        #expect(rows.first?.totalCost == Amount("1.25")!)
        let xml =
            "<vm_stats type=\"array\"><\(rootKey)><stat_time type=\"datetime\">2026-03-01T10:00:00Z</stat_time>"
            + "<currency_code>EUR</currency_code><total_cost type=\"decimal\">1.25</total_cost></\(rootKey)></vm_stats>"
        #expect(try OnAppXMLDecoding.decode(Array(xml.utf8)) == rows)
    }

    @Test func elementsWithoutExactlyOneRootKeyAreErrors() throws {
        let twoKeys =
            #"[{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":1},"x":{}}]"#
        let error = try #require(throws: JSONError.self) { _ = try OnAppJSONDecoding.decode(Array(twoKeys.utf8)) }
        #expect(error.path == "[0].x")
        #expect(error.message.contains("one root key"))
        let empty = try #require(throws: JSONError.self) { _ = try OnAppJSONDecoding.decode(Array("[{}]".utf8)) }
        #expect(empty.path == "[0]")
        let notArray = try #require(throws: JSONError.self) { _ = try OnAppJSONDecoding.decode(Array("{}".utf8)) }
        #expect(notArray.message.contains("expected an array"))
    }

    @Test func timestampsInEveryRailsFormAreRead() throws {
        let expected = OnAppTestSupport.utc(2026, 3, 1, 10)
        let forms = [
            "2026-03-01T10:00:00Z", "2026-03-01T10:00:00.000Z", "2026-03-01T11:00:00+01:00", "2026-03-01T05:30:00-0430",
            "2026-03-01 10:00:00 UTC", "2026-03-01T10:00:00", "2026-03-01 12:00:00 +0200",
        ]
        for form in forms {
            let body = "[{\"vm_hourly_stat\":{\"stat_time\":\"\(form)\",\"currency_code\":\"USD\",\"total_cost\":0}}]"
            let rows = try OnAppJSONDecoding.decode(Array(body.utf8))
            #expect(rows.first?.statTime == expected, "\(form)")
        }
        for bad in [
            "2026-03-01", "2026-03-01T10:00:00+1", "2026-03-01T25:00:00Z", "yesterday", "2026-03-01T10:00:00Zulu",
        ] {
            let body = "[{\"vm_hourly_stat\":{\"stat_time\":\"\(bad)\",\"currency_code\":\"USD\",\"total_cost\":0}}]"
            let error = try #require(throws: JSONError.self, "\(bad)") {
                _ = try OnAppJSONDecoding.decode(Array(body.utf8))
            }
            #expect(error.path == "[0].vm_hourly_stat.stat_time")
        }
    }

    @Test func missingRequiredFieldsNameTheirPath() throws {
        let cases: [(body: String, path: String, message: String)] = [
            (#"[{"r":{"currency_code":"USD","total_cost":1}}]"#, "[0].r", "missing required field 'stat_time'"),
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","total_cost":1}}]"#, "[0].r",
                "missing required field 'currency_code'"
            ),
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":null}}]"#, "[0].r",
                "missing required field 'total_cost'"
            ),
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":1,"billing_stats":{"disks":[{"label":"a","costs":[]}]}}}]"#,
                "[0].r.billing_stats.disks[0]", "missing required field 'id'"
            ),
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":1,"billing_stats":{"disks":[{"id":1,"costs":[{"value":1,"resource_name":"disk_size"}]}]}}}]"#,
                "[0].r.billing_stats.disks[0].costs[0]", "missing required field 'cost'"
            ),
        ]
        for item in cases {
            let error = try #require(throws: JSONError.self) { _ = try OnAppJSONDecoding.decode(Array(item.body.utf8)) }
            #expect(error.path == item.path)
            #expect(error.message == item.message)
        }
    }

    @Test func wrongTypesAreErrorsWithTheirPath() throws {
        let cases: [(body: String, path: String)] = [
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":"abc"}}]"#,
                "[0].r.total_cost"
            ),
            (#"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":7,"total_cost":1}}]"#, "[0].r.currency_code"),
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":1,"billing_stats":"none"}}]"#,
                "[0].r.billing_stats"
            ),
            (
                #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":"1,5"}}]"#,
                "[0].r.total_cost"
            ),
        ]
        for item in cases {
            let error = try #require(throws: JSONError.self) { _ = try OnAppJSONDecoding.decode(Array(item.body.utf8)) }
            #expect(error.path == item.path, "\(item.body)")
        }
    }

    @Test func billingStatsAsAnArrayOfBillingDetailsDecodesLikeTheObjectOfLists() throws {
        let object = try OnAppJSONDecoding.decode(Array(OnAppTestSupport.serverRowJSON.utf8))
        let groups = OnAppTestSupport.serverRowJSON.replacingOccurrences(
            of: #""billing_stats": {"#, with: #""billing_stats": [{"#
        ).replacingOccurrences(of: #"}]}],"#, with: #"}]}]},{"#).replacingOccurrences(
            of: #""future_group": null},"#, with: #""future_group": null}],"#)
        var warnings = OnAppFieldWarnings()
        let fromGroups = try OnAppJSONDecoding.decode(Array(groups.utf8), warnings: &warnings)
        #expect(warnings.sawArrayStats)
        #expect(fromGroups == object)
        let wrapped = """
            [{"vm_stat": {"stat_time": "2011-08-09T12:00:00Z", "currency_code": "USD", "total_cost": 3.25,
              "virtual_machine_id": 44, "billing_stats": [
                {"disk": {"id": 2933, "label": "Disk#2933", "costs": [{"value": 5, "cost": 3.0, "resource_name": "disk_size"}]}},
                {"virtual_machine": {"id": 44, "label": "web-01", "costs": [{"value": 1, "cost": 0.25, "resource_name": "cpus"}]}},
                {"disk": {"id": 44, "label": null, "costs": []}}]}},
             {"vm_stat": {"stat_time": "2011-08-09T12:00:00Z", "currency_code": "USD", "total_cost": 0, "billing_stats": []}}]
            """
        let rows = try OnAppJSONDecoding.decode(Array(wrapped.utf8))
        #expect(rows[0].billingStats.map(\.name) == ["disks", "virtual_machines"])
        #expect(rows[0].billingStats[0].items.map(\.id) == ["2933", "44"])
        #expect(rows[1].billingStats.isEmpty)
        let records = try client.records(from: rows)
        #expect(records.map(\.object?.id) == ["disk:2933", "virtual_machine:44"])
        #expect(records[0].object?.parentName == "web-01")
        let xml = OnAppTestSupport.breakdownDetailsXML
        var xmlWarnings = OnAppFieldWarnings()
        let fromXML = try OnAppXMLDecoding.decode(Array(xml.utf8), warnings: &xmlWarnings)
        #expect(xmlWarnings.sawArrayStats)
        #expect(fromXML.map(\.billingStats) == rows.map(\.billingStats))
    }

    @Test func bareBillingDetailsInAnArrayKeepTheirCostsUnderOneGroup() throws {
        let json = """
            [{"vm_hourly_stat": {"stat_time": "2026-03-01T10:00:00Z", "currency_code": "EUR", "total_cost": 2.5,
              "billing_stats": [{"id": 9, "label": "lb-1", "costs": [{"value": 1, "cost": 2.5, "resource_name": "rate"}]}]}}]
            """
        let xml = """
            <vm_stats type="array"><vm_hourly_stat><stat_time>2026-03-01T10:00:00Z</stat_time>
            <currency_code>EUR</currency_code><total_cost>2.5</total_cost><billing_stats type="array">
            <billing_stat><id>9</id><label>lb-1</label><costs type="array"><cost><value>1</value><cost>2.5</cost>
            <resource_name>rate</resource_name></cost></costs></billing_stat></billing_stats></vm_hourly_stat></vm_stats>
            """
        let fromJSON = try OnAppJSONDecoding.decode(Array(json.utf8))
        #expect(fromJSON.first?.billingStats.map(\.name) == ["billing_stats"])
        #expect(try OnAppXMLDecoding.decode(Array(xml.utf8)) == fromJSON)
        let records = try client.records(from: fromJSON)
        #expect(records.map(\.object?.id) == ["billing_stat:9"])
        #expect(OnAppTestSupport.totals(records)[.eur].amount == Amount("2.5"))
    }

    @Test func oddValuesInFieldsWithoutMoneyAreWarningsNamingFieldAndValue() throws {
        let json = """
            [{"r": {"stat_time": "2026-03-01T10:00:00Z", "currency_code": "USD", "total_cost": 1.5,
              "virtual_machine_id": true, "hypervisor_zone": "z-1", "created_at": "whenever",
              "billing_stats": {"disks": [{"id": 1, "label": 7, "costs": [
                {"value": "n/a", "cost": 1.5, "resource_name": "disk_size"}]}], "odd_group": "x"}}}]
            """
        var warnings = OnAppFieldWarnings()
        let rows = try OnAppJSONDecoding.decode(Array(json.utf8), warnings: &warnings)
        #expect(rows.count == 1)
        #expect(rows[0].virtualMachineID == nil)
        #expect(rows[0].billingStats.first?.items.first?.label == "7")
        #expect(rows[0].billingStats.first?.items.first?.costs.first?.value == nil)
        #expect(rows[0].billingStats.first?.items.first?.costs.first?.cost == Amount("1.5"))
        #expect(
            warnings.messages == [
                "virtual_machine_id 'true' is not an id and was skipped",
                "row field 'hypervisor_zone' is not known and was skipped (value 'z-1')",
                "billing_stats cost value 'n/a' is not a number and was skipped",
                "billing_stats.odd_group 'x' is not a list of items and was skipped",
            ])
        let xml = """
            <vm_stats type="array"><vm_hourly_stat><stat_time>2026-03-01T10:00:00Z</stat_time>
            <currency_code>USD</currency_code><total_cost>1.5</total_cost><hypervisor_zone>z-1</hypervisor_zone>
            <billing_stats><disks type="array"><disk><id>1</id><costs type="array"><cost><value>n/a</value>
            <cost>1.5</cost><resource_name>disk_size</resource_name></cost></costs></disk></disks></billing_stats>
            </vm_hourly_stat></vm_stats>
            """
        var xmlWarnings = OnAppFieldWarnings()
        let fromXML = try OnAppXMLDecoding.decode(Array(xml.utf8), warnings: &xmlWarnings)
        #expect(fromXML.first?.billingStats.first?.items.first?.costs.first?.cost == Amount("1.5"))
        #expect(xmlWarnings.messages.count == 2)
        #expect(xmlWarnings.messages.contains("row field 'hypervisor_zone' is not known and was skipped (value 'z-1')"))
        // Money stays strict: an odd cost is still an error naming its path.
        let badCost = json.replacingOccurrences(of: #""cost": 1.5"#, with: #""cost": "n/a""#)
        let error = try #require(throws: JSONError.self) { _ = try OnAppJSONDecoding.decode(Array(badCost.utf8)) }
        #expect(error.path == "[0].r.billing_stats.disks[0].costs[0].cost")
    }

    @Test func moneyPrintedAsABinaryFloatKeepsEveryCent() throws {
        let body =
            #"[{"r":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":0.30000000000000004}}]"#
        let rows = try OnAppJSONDecoding.decode(Array(body.utf8))
        #expect(rows.first?.totalCost == Amount("0.3"))
    }

    @Test func xmlErrorsNameTheElementPathAndLine() throws {
        let missing = """
            <vm_stats type="array">
              <vm_hourly_stat><stat_time>2026-03-01T10:00:00Z</stat_time><currency_code>USD</currency_code>
                <total_cost>1</total_cost></vm_hourly_stat>
              <vm_hourly_stat>
                <stat_time>2026-03-01T11:00:00Z</stat_time><currency_code>USD</currency_code>
                <total_cost type="decimal">1,5</total_cost>
              </vm_hourly_stat>
            </vm_stats>
            """
        let error = try #require(throws: OnAppXMLError.self) { _ = try OnAppXMLDecoding.decode(Array(missing.utf8)) }
        #expect(error.path == "vm_stats.vm_hourly_stat[1].total_cost")
        #expect(error.line == 6)
        let noCost = """
            <vm_stats type="array"><vm_hourly_stat><stat_time>2026-03-01T10:00:00Z</stat_time>
            <currency_code>USD</currency_code><total_cost>1</total_cost><billing_stats><disks type="array">
            <disk><id>1</id><costs type="array"><cost><resource_name>x</resource_name></cost></costs></disk>
            </disks></billing_stats></vm_hourly_stat></vm_stats>
            """
        let costError = try #require(throws: OnAppXMLError.self) { _ = try OnAppXMLDecoding.decode(Array(noCost.utf8)) }
        #expect(costError.path == "vm_stats.vm_hourly_stat[0].billing_stats.disks.disk[0].costs.cost[0]")
        #expect(costError.message == "missing required element <cost>")
        let nilTotal =
            #"<a type="array"><b><stat_time>2026-03-01T10:00:00Z</stat_time><currency_code>USD</currency_code><total_cost nil="true"/></b></a>"#
        let nilError = try #require(throws: OnAppXMLError.self) {
            _ = try OnAppXMLDecoding.decode(Array(nilTotal.utf8))
        }
        #expect(nilError.message == "missing required element <total_cost>")
        for broken in ["", "   ", "<a>", "<a></b>", "not xml at all", "<a/><b/>"] {
            #expect(throws: OnAppXMLError.self, "\(broken)") { _ = try OnAppXMLDecoding.decode(Array(broken.utf8)) }
        }
        #expect(try OnAppXMLDecoding.decode(Array("<vm_stats type=\"array\"/>".utf8)).isEmpty)
    }

    @Test func xmlThatRailsNeverSendsIsRefusedBeforeParsing() throws {
        let refusals: [([UInt8], String)] = [
            (
                [0x3C, 0x61, 0x3E, 0x3C, 0xC3, 0x28, 0x2F, 0x3E, 0x3C, 0x2F, 0x61, 0x3E],
                "the answer is not valid UTF-8"
            ),
            (Array("<!DOCTYPE a [<!ENTITY x \"xx\">]><a>&x;</a>".utf8), "document type declarations are not accepted"),
            (
                Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<vm_stats type=\"array\"/>".utf8),
                "only UTF-8 answers are accepted"
            ),
            (
                Array("<?xml version=\"1.0\"?><vm_stats><?p?></vm_stats>".utf8),
                "processing instructions are not accepted"
            ),
        ]
        for (body, message) in refusals {
            let error = try #require(throws: OnAppXMLError.self) { _ = try OnAppXMLDecoding.decode(body) }
            #expect(error.message == message)
        }
        let declared = "\u{FEFF}<?xml version='1.0' encoding='utf-8'?><vm_stats type=\"array\"/>"
        #expect(try OnAppXMLDecoding.decode(Array(declared.utf8)).isEmpty)
    }

    @Test func recordsNestDevicesUnderTheirServerAndAccountForEveryCent() throws {
        let rows = try OnAppJSONDecoding.decode(Array(OnAppTestSupport.serverRowJSON.utf8))
        let records = try client.records(from: rows)
        // Zero-cost entries make no record; the breakdown leaves 0.2155 of the total unattributed.
        #expect(records.count == 5)
        #expect(OnAppTestSupport.totals(records)[.usd].amount == Amount("103.5")!)
        let byObject = Dictionary(grouping: records) { $0.object?.id ?? "" }
        #expect(Set(byObject.keys) == ["disk:2933", "disk:44", "network_interface:2688", "virtual_machine:44"])
        let disk = try #require(byObject["disk:44"]?.first)
        #expect(
            disk.object
                == ObjectRef(
                    id: "disk:44", name: nil, type: "disk", parentID: "virtual_machine:44", parentName: "web-01"))
        #expect(disk.service == "disks")
        #expect(disk.metric == EntityRef(id: "disk_size"))
        #expect(disk.quantity == Amount(1))
        #expect(
            disk.period
                == DateRange(start: OnAppTestSupport.utc(2011, 8, 9, 12), end: OnAppTestSupport.utc(2011, 8, 9, 13)))
        #expect(disk.native == ["user_id": "1", "virtual_machine_id": "44", "item_id": "44"])
        let package = try #require(records.first { $0.metric?.id == "instance_package" })
        #expect(package.native["resource_id"] == "90")
        #expect(package.object?.parentID == "virtual_machine:44")
        let server = records.filter { $0.object?.id == "virtual_machine:44" }
        #expect(server.map(\.metric?.id) == ["cpu_shares", OnAppClient.unattributedMetric])
        #expect(server.allSatisfy { $0.object?.parentID == nil && $0.object?.name == "web-01" })
        let unattributed = try #require(server.last)
        #expect(unattributed.amount == Money(Amount("0.2155")!, .usd))
        #expect(unattributed.service == nil)
    }

    @Test func rowsWithoutABreakdownBecomeOneRecordEachInTheirOwnCurrency() throws {
        let body = """
            [{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":0.0031,
               "virtual_machine_id":null,"billing_stats":null}},
             {"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"eur","total_cost":"2.5",
               "virtual_machine_id":"17","billing_stats":{}}},
             {"vm_hourly_stat":{"stat_time":"2026-03-01T11:00:00Z","currency_code":"USD","total_cost":0.0}}]
            """
        let records = try client.records(from: try OnAppJSONDecoding.decode(Array(body.utf8)))
        #expect(records.count == 2)
        let totals = OnAppTestSupport.totals(records)
        #expect(totals.currencies == [.eur, .usd])
        #expect(totals[.usd].amount == Amount("0.0031")!)
        #expect(totals[.eur].amount == Amount("2.5")!)
        #expect(records[0].object == nil && records[0].metric == nil && records[0].service == nil)
        #expect(records[1].object == ObjectRef(id: "virtual_machine:17", type: "virtual_machine"))
        #expect(records[1].native["virtual_machine_id"] == "17")
    }

    func client(_ format: OnAppFormat) -> OnAppClient {
        OnAppClient(
            account: OnAppAccount(
                name: "onapp-decode", endpoint: try! Endpoint("https://cloud.example.com"), userID: 1,
                email: "user@example.com", apiKey: Secret("key"), format: format),
            transport: ScriptedTransport(status: 500, body: ""))
    }

    @Test func answersReadStraightIntoTheStoreGiveTheRecordsOfTheirDecodedRows() throws {
        let bare = """
            [{"vm_hourly_stat": {"stat_time": "2026-03-01T10:00:00Z", "currency_code": "EUR", "total_cost": 4,
              "virtual_machine_id": 5, "usage_cost": 1.5, "billing_stats": [
                {"id": 9, "disks": [{"id": 5, "label": "d", "costs": [{"value": 1, "cost": 1, "resource_name": "a"}]}],
                 "costs": [{"value": "x", "cost": 2.5, "resource_name": "rate", "resource_id": 3}], "label": "lb"},
                {"virtual_machine": {"id": 5, "label": "vm", "costs": []}}]}}]
            """
        for body in [OnAppTestSupport.serverRowJSON, bare] {
            let bytes = Array(body.utf8)
            let direct = Array(try client(.json).store(fromAnswer: bytes))
            #expect(direct == (try client.records(from: try OnAppJSONDecoding.decode(bytes))))
            #expect(!direct.isEmpty)
        }
        let xml = Array(OnAppTestSupport.breakdownDetailsXML.utf8)
        let fromXML = Array(try client(.xml).store(fromAnswer: xml))
        #expect(fromXML == (try client.records(from: try OnAppXMLDecoding.decode(xml))))
        #expect(fromXML.map(\.metric?.id) == ["disk_size", "cpus"])
        let bareRecords = Array(try client(.json).store(fromAnswer: Array(bare.utf8)))
        #expect(bareRecords.map(\.object?.id) == ["disk:5", "billing_stat:9", "virtual_machine:5"])
        #expect(bareRecords[0].object?.parentName == "vm")
        #expect(bareRecords[0].native[OnAppClient.usageCostKey] == "1.5")
        #expect(bareRecords[1].native["resource_id"] == "3")
        #expect(bareRecords.map(\.metric?.id) == ["a", "rate", OnAppClient.unattributedMetric])
    }

    @Test func aMalformedAnswerIsReportedAsSuchBeforeAnOddCurrencyInIt() throws {
        let odd = #"{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"US Dollar","total_cost":1}}"#
        #expect(throws: ProviderError.self) { _ = try client(.json).store(fromAnswer: Array("[\(odd)]".utf8)) }
        #expect(throws: JSONError.self) { _ = try client(.json).store(fromAnswer: Array("[\(odd),{}]".utf8)) }
    }

    @Test func aCurrencyCodeThatIsNotOneIsAMalformedAnswer() throws {
        let body =
            #"[{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"US Dollar","total_cost":1}}]"#
        let rows = try OnAppJSONDecoding.decode(Array(body.utf8))
        let error = try #require(throws: ProviderError.self) { _ = try client.records(from: rows) }
        guard case .malformedResponse(let detail) = error.kind else {
            Issue.record("expected malformedResponse, got \(error.kind)")
            return
        }
        #expect(detail.contains("[0].currency_code"))
    }
}
