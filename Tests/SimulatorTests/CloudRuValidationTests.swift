import Foundation
import Simulator
import Testing

@Suite("Cloud.ru simulator: parameters and documented errors")
struct CloudRuValidationTests {
    static let week = "start_date=2026-03-08T00:00:00Z&end_date=2026-03-14T00:00:00Z"
    static let ips =
        "service_names=%D0%9F%D1%80%D0%B8%D0%B2%D1%8F%D0%B7%D0%BA%D0%B0+%D0%BF%D1%83%D0%B1%D0%BB%D0%B8"
        + "%D1%87%D0%BD%D0%BE%D0%B3%D0%BE+IP+%D0%B0%D0%B4%D1%80%D0%B5%D1%81%D0%B0"

    /// (path with `{agreement}` / `{project}` placeholders, status, gRPC code, message fragment)
    static let failures: [(String, Int, Int, String)] = [
        ("/v1/consumption?\(week)", 400, 3, "agreement_id or project_ids"),
        ("/v2/consumption?\(week)", 400, 3, "agreement_id or project_ids"),
        ("/v1/consumption?agreement_id={agreement}&end_date=2026-03-14T00:00:00Z", 400, 3, "start_date"),
        ("/v1/consumption?agreement_id={agreement}&start_date=2026-03-08T00:00:00Z", 400, 3, "end_date"),
        (
            "/v1/consumption?agreement_id={agreement}&start_date=2026-03-08&end_date=2026-03-14T00:00:00Z", 400, 3,
            "start_date"
        ),
        (
            "/v1/consumption?agreement_id={agreement}&start_date=2026-03-09T00:00:00Z&end_date=2026-03-08T00:00:00Z",
            400, 3, "end_date"
        ),
        ("/v1/consumption?agreement_id={agreement}&\(week)&page_filter.page=1", 400, 3, "together"),
        ("/v1/consumption?agreement_id={agreement}&\(week)&page_filter.limit=10", 400, 3, "together"),
        (
            "/v1/consumption?agreement_id={agreement}&\(week)&page_filter.page=0&page_filter.limit=10", 400, 3,
            "page_filter.page"
        ),
        (
            "/v1/consumption?agreement_id={agreement}&\(week)&page_filter.page=one&page_filter.limit=10", 400, 3,
            "page_filter.page"
        ),
        ("/v2/consumption?agreement_id={agreement}&\(week)&page_filter.page_size=25001", 400, 3, "page_size"),
        ("/v2/consumption?agreement_id={agreement}&\(week)&page_filter.page_size=0", 400, 3, "page_size"),
        ("/v2/consumption?agreement_id={agreement}&\(week)&page_filter.page_token=abc", 400, 3, "page_token"),
        ("/v2/consumption?agreement_id={agreement}&\(week)&start_updated_dt=yesterday", 400, 3, "start_updated_dt"),
        (
            "/v1/consumption?agreement_id=5f3ca99e-74ab-4218-aa5f-64757889c5e8&\(week)", 500, 13,
            "failed to get agreement"
        ),
        (
            "/v2/consumption?agreement_id=5f3ca99e-74ab-4218-aa5f-64757889c5e8&\(week)", 500, 13,
            "failed to get agreement"
        ),
        (
            "/v1/consumption?project_ids={project}&project_ids=c952dfaa-ec64-4176-8be8-5dba21c1eb35&\(week)", 500, 13,
            "failed to get projects"
        ),
        (
            "/v1/consumption?agreement_id={agreement}&start_date=2025-12-31T00:00:00Z&end_date=2026-01-05T00:00:00Z",
            500, 13, "failed to get consumption"
        ),
        (
            "/v2/consumption?agreement_id={agreement}&start_date=2025-10-01T00:00:00Z&end_date=2025-10-31T00:00:00Z",
            500, 13, "failed to get consumption"
        ),
        (
            "/v1/consumption?agreement_id={agreement}&\(week)&page_filter.page=1&page_filter.limit=30001", 500, 13,
            "failed to get consumption"
        ),
        (
            "/v1/consumption?agreement_id={agreement}&start_date=2026-02-13T00:00:00Z&end_date=2026-03-14T00:00:00Z",
            500, 13, "failed to get consumption"
        ),
    ]

    /// `path` with the simulator's agreement and first project filled in.
    static func resolve(_ path: String, _ simulator: RunningSimulator) -> String {
        path.replacingOccurrences(of: "{agreement}", with: simulator.cloudRu.agreementID)
            .replacingOccurrences(of: "{project}", with: simulator.cloudRu.projects[0].id)
    }

    @Test("Bad requests get 400, documented failures 500, in the {code, message, details} shape", arguments: failures)
    func failure(path: String, status: Int, code: Int, message: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let reply = try await CloudRuFixture.get(simulator, Self.resolve(path, simulator), bearer: token)
            #expect(reply.status == status)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            let body = try reply.object()
            #expect(Set(body.keys) == ["code", "message", "details"])
            #expect(body["code"] as? Int == code)
            #expect((body["details"] as? [Any])?.isEmpty == true)
            #expect(try CloudRuFixture.message(reply).contains(message))
        }
    }

    /// Paths just inside the limits.
    static let acceptedPaths: [String] = [
        "/v1/consumption?agreement_id={agreement}&start_date=2026-01-01T00:00:00Z&end_date=2026-01-02T00:00:00Z",
        "/v1/consumption?agreement_id={agreement}&start_date=2025-12-31T00:00:01Z&end_date=2026-01-01T00:00:00Z",
        "/v1/consumption?agreement_id={agreement}&\(week)&page_filter.page=1&page_filter.limit=30000",
        "/v1/consumption?agreement_id={agreement}&\(week)&\(ips)",
        "/v1/consumption?project_ids={project}&\(week)&\(ips)",
        "/v2/consumption?agreement_id={agreement}&\(week)&page_filter.page_size=25000",
        "/v2/consumption?agreement_id={agreement}&start_date=2026-03-08T03:00:00%2B03:00&end_date=2026-03-14T23:59:59.999Z",
        "/v1/consumption?agreement_id={agreement}&\(week)&service_names=Nothing&unknown_parameter=1",
    ]

    @Test("Requests at the limits succeed", arguments: acceptedPaths)
    func accepted(path: String) async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let token = try await CloudRuFixture.token(simulator)
            let reply = try await CloudRuFixture.get(simulator, Self.resolve(path, simulator), bearer: token)
            #expect(reply.status == 200, "\(reply.text.prefix(200))")
            #expect(try reply.object()["consumptions"] is [Any])
        }
    }

    @Test("The first served day is the 1st of the month two months back (three calendar months)")
    func historyStart() {
        let dataset = CloudRuDataset(seed: 42, now: CloudRuFixture.now)
        #expect(dataset.historyStart == CloudRuFixture.day(2026, 1, 1))
        #expect(dataset.billedUntil == CloudRuFixture.day(2026, 3, 15))
        let january = CloudRuDataset(seed: 42, now: CloudRuFixture.day(2026, 1, 20))
        #expect(january.historyStart == CloudRuFixture.day(2025, 11, 1))
    }
}
