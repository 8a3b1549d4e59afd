import Foundation
import Simulator
import Testing

@Suite("Selectel simulator: parameter validation")
struct SelectelValidationTests {
    static let valid =
        "start=2026-03-01T00:00:00&end=2026-03-01T23:00:00&locale=en&group_type=project&period_group_type=day"
    static let base = "/v1/cloud_billing/statistic/consumption?"

    /// The valid query for `vpc` with one parameter replaced.
    static func replacing(_ old: String, with new: String) -> String {
        "provider_keys=vpc&" + valid.replacingOccurrences(of: old, with: new)
    }

    /// (query, the parameter the 400 message must name), with `provider_keys` required as documented
    static let badQueries: [(String, String)] = [
        (valid, "provider_keys"),
        (replacing("group_type=project", with: "group_type=customer"), "group_type"),
        (replacing("period_group_type=day", with: "period_group_type=quarter"), "period_group_type"),
        (replacing("start=2026-03-01T00:00:00", with: "start=2026-02-30T00:00:00"), "start"),
        (replacing("start=2026-03-01T00:00:00", with: "start=yesterday"), "start"),
        (replacing("end=2026-03-01T23:00:00", with: "end=2026-03-01"), "end"),
        (replacing("end=2026-03-01T23:00:00", with: "end=2026-02-01T23:00:00"), "end"),
        (replacing("locale=en&", with: ""), "locale"),
        (replacing("locale=en", with: "locale=de"), "locale"),
    ]

    @Test("Bad or missing parameters give 400 naming the parameter", arguments: badQueries)
    func badParameter(query: String, parameter: String) async throws {
        try await SimulatorFixture.withSimulator(variations: [.selectelRequiredKeys]) { simulator in
            let reply = try await get(simulator, Self.base + query)
            #expect(reply.status == 400)
            #expect(reply.contentType?.hasPrefix("application/json") == true)
            #expect(try reply.object()["status"] as? String == "error")
            #expect(try reply.errorMessage().contains("'\(parameter)'"))
        }
    }

    @Test("The same query with all parameters valid succeeds")
    func validQuery() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let reply = try await get(simulator, Self.base + "provider_keys=vpc&" + Self.valid)
            #expect(reply.status == 200)
            #expect(try !reply.dataArray().isEmpty)
        }
    }

    @Test("Percent-encoded colons in dates are decoded")
    func percentEncodedDates() async throws {
        try await SimulatorFixture.withSimulator { simulator in
            let encoded = Self.valid.replacingOccurrences(of: ":", with: "%3A")
            let reply = try await get(simulator, Self.base + "provider_keys=vpc&" + encoded)
            #expect(reply.status == 200)
        }
    }

    @Test("projects and objects require provider_keys too, when it is required")
    func directoryNeedsProviderKeys() async throws {
        try await SimulatorFixture.withSimulator(variations: [.selectelRequiredKeys]) { simulator in
            for path in ["/v1/cloud_billing/statistic/projects", "/v1/cloud_billing/statistic/objects?locale=en"] {
                let reply = try await get(simulator, path)
                #expect(reply.status == 400)
                #expect(try reply.errorMessage().contains("provider_keys"))
            }
        }
    }
}
