import CostCore
import Foundation
import Providers
import Testing

/// How the OnApp client reports each documented failure, with a scripted transport.
@Suite("OnApp client: errors and retries")
struct OnAppErrorTests {
    let range = DateRange(start: OnAppTestSupport.utc(2026, 3, 1, 10), end: OnAppTestSupport.utc(2026, 3, 1, 12))
    let utcZone = TimeZone(identifier: "UTC")!

    func client(_ transport: ScriptedTransport, format: OnAppFormat = .json, retry: RetryPolicy = .none) throws
        -> OnAppClient
    {
        let account = OnAppAccount(
            name: "onapp-prod", endpoint: try Endpoint("https://cloud.example.com/"), userID: 42,
            email: "ops@example.com", apiKey: Secret("s3cr3t-api-key"), format: format, retry: retry)
        return OnAppClient(account: account, transport: transport)
    }

    func failure(_ transport: ScriptedTransport, format: OnAppFormat = .json, retry: RetryPolicy = .none)
        async throws -> ProviderError
    {
        let client = try client(transport, format: format, retry: retry)
        return try await #require(throws: ProviderError.self) {
            _ = try await client.fetchSpend(range: range, granularity: .hour, zone: utcZone)
        }
    }

    static let row = """
        [{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":0.5,
          "virtual_machine_id":null}}]
        """

    @Test func unprocessablePeriodsQuoteTheRailsMessage() async throws {
        let json = try await failure(
            ScriptedTransport(status: 422, body: #"{"errors":{"startdate":["is not a valid date and time"]}}"#))
        #expect(json.kind == .rejected(status: 422, message: "startdate is not a valid date and time"))
        #expect(json.endpoint == "GET /users/42/vm_stats.json")
        let xml = try await failure(
            ScriptedTransport(
                status: 422,
                body:
                    "<?xml version=\"1.0\"?>\n<errors>\n  <error>Startdate is not &quot;valid&quot;</error>\n</errors>"),
            format: .xml)
        #expect(xml.kind == .rejected(status: 422, message: "Startdate is not \"valid\""))
        #expect(xml.endpoint == "GET /users/42/vm_stats.xml")
    }

    @Test func credentialsProblemsAreUnauthorizedOrForbiddenWithoutTheKey() async throws {
        let unauthorized = try await failure(
            ScriptedTransport(status: 401, body: #"{"errors":["Invalid email or password."]}"#))
        #expect(unauthorized.kind == .unauthorized)
        #expect(unauthorized.advice?.contains("email and API key") == true)
        let forbidden = try await failure(
            ScriptedTransport(status: 403, body: #"{"errors":["You do not have permissions"]}"#))
        #expect(forbidden.kind == .forbidden)
        for error in [unauthorized, forbidden] {
            #expect(!error.description.contains("s3cr3t-api-key"))
            #expect(!error.description.contains("ops@example.com"))
            #expect(!error.description.contains("2026-03-01"))
        }
    }

    @Test func overloadIsRetriedUntilItClears() async throws {
        let overloaded = HTTPResponse(
            status: 503, body: Array(#"{"errors":["The server is temporarily overloaded"]}"#.utf8))
        let transport = ScriptedTransport([
            .success(overloaded), .failure(.connectionClosed(host: "example.com")),
            .success(HTTPResponse(status: 200, body: Array(Self.row.utf8))),
        ])
        let retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5))
        let records = try await client(transport, retry: retry).fetchSpend(
            range: range, granularity: .hour, zone: utcZone)
        #expect(transport.requests.count == 3)
        #expect(OnAppTestSupport.totals(records)[.usd].amount == Amount("0.5")!)
    }

    @Test func serverErrorsCarryStatusAndMessage() async throws {
        let overloaded = try await failure(
            ScriptedTransport(status: 503, body: #"{"errors":["The server is temporarily overloaded"]}"#))
        #expect(overloaded.kind == .serverError(status: 503, message: "The server is temporarily overloaded"))
        #expect(overloaded.advice?.contains("overloaded") == true)
        let crashed = try await failure(ScriptedTransport(status: 500, body: "<html><body>We're sorry</body></html>"))
        #expect(crashed.kind == .serverError(status: 500, message: "<html><body>We're sorry</body></html>"))
        #expect(crashed.isTransient)
    }

    @Test func rateLimitsHonourRetryAfter() async throws {
        let error = try await failure(ScriptedTransport(status: 429, body: "", headers: [("Retry-After", "7")]))
        #expect(error.kind == .rateLimited(retryAfterSeconds: 7))
    }

    @Test func transportFailuresAreReported() async throws {
        let error = try await failure(ScriptedTransport([.failure(.connectionRefused(host: "cloud.example.com"))]))
        #expect(error.kind == .transport(.connectionRefused(host: "cloud.example.com")))
        #expect(error.endpoint == "GET /users/42/vm_stats.json")
    }

    @Test func malformedAnswersNameTheFormatAndPath() async throws {
        let json = try await failure(
            ScriptedTransport(
                status: 200, body: #"[{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","total_cost":1}}]"#))
        guard case .malformedResponse(let jsonDetail) = json.kind else {
            Issue.record("expected malformedResponse, got \(json.kind)")
            return
        }
        #expect(jsonDetail.hasPrefix("JSON line 1"))
        #expect(jsonDetail.contains("[0].vm_hourly_stat") && jsonDetail.contains("currency_code"))

        let xml = try await failure(
            ScriptedTransport(status: 200, body: "<!DOCTYPE html><html><body>Sign in"), format: .xml)
        guard case .malformedResponse(let xmlDetail) = xml.kind else {
            Issue.record("expected malformedResponse, got \(xml.kind)")
            return
        }
        #expect(xmlDetail.hasPrefix("XML line 1"))
        #expect(!xml.isTransient)

        let currency = try await failure(
            ScriptedTransport(
                status: 200,
                body: #"[{"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"$$","total_cost":1}}]"#)
        )
        #expect(currency.kind == .malformedResponse("[0].currency_code '$$' is not a currency code"))
        #expect(currency.endpoint == "GET /users/42/vm_stats.json")
    }

    @Test func rowsOutsideTheAskedWindowAreDropped() async throws {
        let body = """
            [{"vm_hourly_stat":{"stat_time":"2026-03-01T09:00:00Z","currency_code":"USD","total_cost":100}},
             {"vm_hourly_stat":{"stat_time":"2026-03-01T10:00:00Z","currency_code":"USD","total_cost":1}},
             {"vm_hourly_stat":{"stat_time":"2026-03-01T11:00:00Z","currency_code":"USD","total_cost":2}},
             {"vm_hourly_stat":{"stat_time":"2026-03-01T12:00:00Z","currency_code":"USD","total_cost":300}}]
            """
        let records = try await client(ScriptedTransport(status: 200, body: body))
            .fetchSpend(range: range, granularity: .hour, zone: utcZone)
        #expect(OnAppTestSupport.totals(records)[.usd].amount == Amount(3))
    }
}
