import CostCore
import Foundation
import Providers
import Testing

@Suite("Selectel requests, decoding and errors")
struct SelectelDecodingTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let range = DateRange(
        start: CivilDateTime(parsing: "2026-10-31T21:00:00")!.date(utcOffsetSeconds: 0),
        end: CivilDateTime(parsing: "2026-11-01T21:00:00")!.date(utcOffsetSeconds: 0))

    func client(_ transport: ScriptedTransport, retry: RetryPolicy = .none) throws -> SelectelClient {
        let account = SelectelAccount(
            name: "sel", endpoint: try Endpoint("https://api.selectel.ru"), token: Secret("t0ken-value"),
            providerKeys: ["vpc", "mks"], retry: retry)
        return SelectelClient(account: account, transport: transport)
    }

    /// Balances say RUB, then consumption answers with `body`.
    func transport(consumption status: Int = 200, _ body: String, headers: [(name: String, value: String)] = [])
        -> ScriptedTransport
    {
        ScriptedTransport([
            .success(HTTPResponse(status: 200, body: Array(#"{"data":{"settings":{"currency":"rub"}}}"#.utf8))),
            .success(HTTPResponse(status: status, headers: headers, body: Array(body.utf8))),
        ])
    }

    @Test func requestUsesRepeatedProviderKeysAndInclusiveMoscowEnd() throws {
        let request = try client(ScriptedTransport([])).consumptionRequest(range: range, bucket: .day)
        #expect(request.url.path == "/v1/cloud_billing/statistic/consumption")
        let query = try #require(request.url.query)
        #expect(query.contains("provider_keys=vpc&provider_keys=mks"))
        #expect(query.contains("start=2026-11-01T00%3A00%3A00"))
        #expect(query.contains("end=2026-11-01T23%3A00%3A00"))
        #expect(query.contains("group_type=project_object_region_metric"))
        #expect(query.contains("period_group_type=day"))
        #expect(request.headers.contains { $0.name == "X-Token" && $0.value == "t0ken-value" })
        #expect(!query.contains("t0ken"))
    }

    @Test func kopecksBecomeExactRoublesAndUnknownFieldsAreIgnored() async throws {
        let body = """
            {"status":"success","data":[
              {"account_id":123,"provider_key":"vpc","value":1000001,"period":"2026-11-01T00:00:00","brand_new_field":{"x":1},
               "project":{"id":"p1","name":"prod"},"object":{"id":"o1","name":"web","type":"cloud_vm","parent_id":null},
               "metric":{"id":"m1","name":"vCPU","quantity":48.5,"unit":"core*h","region":"ru-9"}},
              {"account_id":"123","provider_key":"mks","value":1,"period":"2026-11-01T00:00:00","project":null,"object":null,"metric":null}
            ]}
            """
        let records = try await client(transport(body)).fetchSpend(range: range, granularity: .day, zone: moscow)
        #expect(records.map(\.amount) == [Money(Amount("10000.01")!, .rub), Money(Amount("0.01")!, .rub)])
        #expect(records[0].quantity == Amount("48.5"))
        #expect(records[0].region == "ru-9")
        #expect(records[0].native["account_id"] == "123")
        #expect(records[1].project == nil)
        #expect(records[0].period.start == range.start)
    }

    @Test func rowsReadStraightIntoTheStoreShareSeriesByTheirNamesHoweverSpelled() throws {
        // The same project and object written with and without escapes, an id as a number and
        // as text: one series. A row whose period cannot be read keeps its money in the first hour.
        let body = #"""
            {"status":"success","data":[
             {"account_id":123,"provider_key":"vpc","value":1050,"period":"2026-11-01T00:00:00",
              "project":{"id":"p1","name":"Проект"},"object":{"id":7,"name":"disk","type":"volume"},
              "metric":{"id":"m","quantity":2,"unit":"GB","region":"ru-1"}},
             {"account_id":"123","provider_key":"vpc","value":"2000","period":"2026-11-01T00:00:00",
              "project":{"id":"p1","name":"\u041f\u0440\u043e\u0435\u043a\u0442"},
              "object":{"id":"7","name":"di\u0073k","type":"volume"},
              "metric":{"id":"m","quantity":1,"unit":"GB","region":"ru-1"}},
             {"provider_key":"vpc","value":5,"period":"soon","project":null,"object":{"name":"x"},"metric":null}]}
            """#
        let store = try client(ScriptedTransport([])).store(
            fromConsumption: Array(body.utf8), range: range, bucket: .day, currency: .rub)
        let records = Array(store)
        #expect(store.series.count == 2)
        #expect(records.map(\.amount.amount) == [Amount("10.5")!, Amount(20), Amount("0.05")!])
        #expect(records[0].project == EntityRef(id: "p1", name: "Проект"))
        #expect(records[1].object == ObjectRef(id: "7", name: "disk", type: "volume"))
        #expect(records[1].quantity == Amount(1) && records[1].region == "ru-1" && records[1].unit == "GB")
        #expect(records[0].native == ["account_id": "123", "provider_key": "vpc"])
        #expect(records[0].period.start == range.start)
        #expect(records[2].project == nil && records[2].metric == nil)
        #expect(records[2].object == ObjectRef(id: "", name: "x"))
        #expect(records[2].period.start == range.start)
    }

    @Test(arguments: [
        (#"{"status":"success","data":[{"value":"abc","period":"2026-11-01T00:00:00"}]}"#, "data[0].value"),
        (#"{"status":"success","data":[{"value":5}]}"#, "(at data[0]): row without 'period'"),
        (#"{"status":"success","data":{"rows":[]}}"#, "(at data): expected an array"),
        ("<html>502 Bad Gateway</html>", "line 1, column 1: expected a value, found '<'"),
        ("", "unexpected end of input"),
    ])
    func malformedAnswersNameTheField(body: String, expected: String) async throws {
        do {
            _ = try await client(transport(body)).fetchSpend(range: range, granularity: .day, zone: moscow)
            Issue.record("expected a decoding error")
        } catch let error as ProviderError {
            guard case .malformedResponse(let detail) = error.kind else {
                Issue.record("expected malformedResponse, got \(error.kind)")
                return
            }
            #expect(detail.contains(expected), "\(detail)")
            #expect(error.description.contains("GET /v1/cloud_billing/statistic/consumption"))
        }
    }

    @Test func statusCodesBecomeTypedErrorsWithAdvice() async throws {
        let cases: [(Int, String, ProviderError.Kind)] = [
            (403, #"{"error":{"message":"no billing role"}}"#, .forbidden),
            (400, #"{"status":"error","message":"bad group_type"}"#, .rejected(status: 400, message: "bad group_type")),
            (503, "upstream down", .serverError(status: 503, message: "upstream down")),
        ]
        for (status, body, kind) in cases {
            do {
                _ = try await client(transport(consumption: status, body)).fetchSpend(
                    range: range, granularity: .day, zone: moscow)
                Issue.record("expected \(status)")
            } catch let error as ProviderError {
                #expect(error.kind == kind)
                #expect(!error.description.contains("t0ken"))
            }
        }
    }

    @Test func transientFailuresAreRetriedThenSucceed() async throws {
        let ok = #"{"status":"success","data":[{"value":250,"period":"2026-11-01T00:00:00"}]}"#
        let scripted = ScriptedTransport([
            .success(HTTPResponse(status: 404, body: [])),  // balances missing → RUB
            .failure(.connectionClosed(host: "example.com")),
            .success(HTTPResponse(status: 429, headers: [("Retry-After", "0")], body: [])),
            .success(HTTPResponse(status: 200, body: Array(ok.utf8))),
        ])
        let policy = RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5))
        let records = try await client(scripted, retry: policy).fetchSpend(
            range: range, granularity: .day, zone: moscow)
        #expect(records.map(\.amount) == [Money(Amount("2.5")!, .rub)])
        #expect(scripted.requests.count == 4)
    }

    @Test func retryDelaysHonourRetryAfterAndGrowExponentially() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .seconds(1), maxDelay: .seconds(10))
        #expect(policy.delay(beforeRetry: 1, retryAfterSeconds: 7, random: 0.5) == .seconds(7))
        #expect(policy.delay(beforeRetry: 1, retryAfterSeconds: 70, random: 0.5) == .seconds(10))
        #expect(policy.delay(beforeRetry: 3, retryAfterSeconds: nil, random: 1) == .seconds(4))
        #expect(policy.delay(beforeRetry: 9, retryAfterSeconds: nil, random: 1) == .seconds(10))
        #expect(policy.delay(beforeRetry: 2, retryAfterSeconds: nil, random: 0) == .zero)
    }

    @Test func currencyComesFromBalancesAtEitherLevel() async throws {
        for body in [#"{"settings":{"currency":"eur"}}"#, #"{"data":{"settings":{"currency":"eur"}}}"#] {
            let currency = try await client(ScriptedTransport(status: 200, body: body)).balancesCurrency()
            #expect(currency == .eur)
        }
    }
}

@Suite("Endpoints and secrets")
struct EndpointTests {
    @Test(arguments: ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://api.selectel.ru/"])
    func acceptsHTTPSAndLoopbackHTTP(url: String) throws {
        #expect(try Endpoint(url).baseURL.absoluteString.hasSuffix("/") == false)
    }

    @Test(arguments: ["http://api.selectel.ru", "http://10.0.0.1", "ftp://x", "not a url", "https://user:pw@host"])
    func rejectsCleartextAndNonsense(url: String) {
        #expect(throws: ConfigurationError.self) { try Endpoint(url) }
    }

    @Test func secretsAreRedactedEverywhere() {
        let secret = Secret("super-secret")
        #expect("\(secret)" == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        var dumped = ""
        dump(secret, to: &dumped)
        #expect(!dumped.contains("super-secret"))
        #expect(secret.reveal() == "super-secret")
    }
}
