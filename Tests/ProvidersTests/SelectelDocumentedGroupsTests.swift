import CostCore
import Foundation
import Providers
import Testing

/// The combination of documented group types: money only from `object` rows, metrics and
/// regions only where they can be attributed exactly.
@Suite("Selectel documented group types")
struct SelectelDocumentedGroupsTests {
    func ok(_ data: String) -> Result<HTTPResponse, TransportError> {
        .success(HTTPResponse(status: 200, body: Array(#"{"status":"success","data":\#(data)}"#.utf8)))
    }

    @Test func metricsAndRegionsAreAttachedOnlyWhereExact() async throws {
        let period = #""period":"2026-11-01T00:00:00""#
        let transport = ScriptedTransport([
            .success(HTTPResponse(status: 200, body: Array(#"{"settings":{"currency":"rub"}}"#.utf8))),
            .success(
                HTTPResponse(
                    status: 400,
                    body: Array(#"{"status":"error","error":{"code":400,"message":"bad group_type"}}"#.utf8))),
            // group_type=object: project A has one object, project B two.
            ok(
                "[{\"provider_key\":\"vpc\",\"value\":300,\(period),\"object\":{\"id\":\"o1\",\"name\":\"web\"}},"
                    + "{\"provider_key\":\"vpc\",\"value\":50,\(period),\"object\":{\"id\":\"o2\"}},"
                    + "{\"provider_key\":\"vpc\",\"value\":70,\(period),\"object\":{\"id\":\"o3\"}}]"),
            ok(
                #"[{"id":"o1","project_id":"A"},{"id":"o2","project_id":"B","parent_id":"o3"},"#
                    + #"{"id":"o3","name":"db","project_id":"B"}]"#),
            ok(#"[{"id":"A","name":"alpha"},{"id":"B","name":"beta"}]"#),
            // group_type=project_metric
            ok(
                "[{\"provider_key\":\"vpc\",\"value\":100,\(period),\"project\":{\"id\":\"A\"},\"metric\":{\"id\":\"m1\",\"quantity\":2}},"
                    + "{\"provider_key\":\"vpc\",\"value\":200,\(period),\"project\":{\"id\":\"A\"},\"metric\":{\"id\":\"m2\"}},"
                    + "{\"provider_key\":\"vpc\",\"value\":120,\(period),\"project\":{\"id\":\"B\"},\"metric\":{\"id\":\"m1\"}}]"
            ),
            // group_type=region_metric: m1 only in ru-1, m2 in two regions.
            ok(
                "[{\"provider_key\":\"vpc\",\"value\":220,\(period),\"metric\":{\"id\":\"m1\",\"region\":\"ru-1\"}},"
                    + "{\"provider_key\":\"vpc\",\"value\":100,\(period),\"metric\":{\"id\":\"m2\",\"region\":\"ru-1\"}},"
                    + "{\"provider_key\":\"vpc\",\"value\":100,\(period),\"metric\":{\"id\":\"m2\",\"region\":\"ru-9\"}}]"
            ),
        ])
        let account = SelectelAccount(
            name: "sel", endpoint: try Endpoint("https://api.selectel.ru"), token: Secret("t"), providerKeys: ["vpc"],
            retry: .none)
        let selectel = SelectelClient(account: account, transport: transport)
        let moscow = SelectelAccount.moscow
        let range = DateRange(
            start: CivilDateTime(parsing: "2026-10-31T21:00:00")!.date(utcOffsetSeconds: 0),
            end: CivilDateTime(parsing: "2026-11-01T21:00:00")!.date(utcOffsetSeconds: 0))
        let records = try await selectel.fetchSpend(range: range, granularity: .day, zone: moscow)

        #expect(MoneyTotals(records.map(\.amount))[.rub].amount == Amount("4.2")!)
        let summary = records.map {
            [$0.project?.id, $0.project?.name, $0.object?.id, $0.metric?.id, $0.region, "\($0.amount.amount)"]
        }
        #expect(
            summary == [
                ["A", "alpha", "o1", "m1", "ru-1", "1"],
                ["A", "alpha", "o1", "m2", nil, "2"],
                ["B", "beta", "o2", nil, nil, "0.5"],
                ["B", "beta", "o3", nil, nil, "0.7"],
            ])
        #expect(records[0].quantity == Amount("2"))
        #expect(records[2].object?.parentID == "o3" && records[2].object?.parentName == "db")
        let asked = transport.requests.filter { $0.url.path.hasSuffix("/consumption") }.flatMap {
            $0.queryValues("group_type")
        }
        #expect(asked == ["project_object_region_metric", "object", "project_metric", "region_metric"])
        #expect(
            transport.requests.allSatisfy {
                $0.queryValues("provider_keys") == ["vpc"] || $0.url.path == "/v3/balances"
            })
    }
}
