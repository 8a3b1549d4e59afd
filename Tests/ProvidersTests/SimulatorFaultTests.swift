import CostCore
import Foundation
import Providers
import Simulator
import Testing

/// The simulator's fault switch, seen over real loopback HTTP, and the clients surviving it.
@Suite("Simulator faults")
struct SimulatorFaultTests {
    static let now = CivilDateTime(parsing: "2026-11-20T12:00:00")!.date(utcOffsetSeconds: 0)
    let utcZone = TimeZone(identifier: "UTC")!
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    func withSimulator(_ faults: [SimulatorFault], _ body: (RunningSimulator) async throws -> Void) async throws {
        try await Simulator.withRunning(SimulatorConfiguration(port: 0, seed: 5, now: Self.now, faults: faults), body)
    }

    func balances(_ simulator: RunningSimulator) -> HTTPRequest {
        HTTPRequest(
            url: URL(string: simulator.baseURL + "/v3/balances")!,
            headers: [("X-Token", SimulatorCredentials.selectelToken)], timeout: .seconds(120))
    }

    func selectel(_ simulator: RunningSimulator, retry: RetryPolicy) throws -> SelectelClient {
        SelectelClient(
            account: SelectelAccount(
                name: "sel-faults", endpoint: try Endpoint(simulator.baseURL),
                token: Secret(SimulatorCredentials.selectelToken), retry: retry),
            transport: AsyncHTTPClientTransport())
    }

    func cloudRu(_ simulator: RunningSimulator, retry: RetryPolicy) throws -> CloudRuClient {
        let dataset = simulator.cloudRu
        return CloudRuClient(
            account: CloudRuAccount(
                name: "cr-faults", endpoint: try Endpoint(simulator.baseURL),
                iamEndpoint: try Endpoint(simulator.baseURL), keyID: Secret(SimulatorCredentials.cloudRuKeyID),
                secret: Secret(SimulatorCredentials.cloudRuSecret), agreementID: dataset.agreementID,
                pageSize: 200, retry: retry),
            transport: AsyncHTTPClientTransport())
    }

    /// Retries quickly: the simulator's `Retry-After: 1` is capped to a few milliseconds.
    static let quickRetry = RetryPolicy(maxAttempts: 12, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5))

    var lastWeek: DateRange {
        let today = Date(timeIntervalSince1970: (Self.now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        return DateRange(start: today.addingTimeInterval(-7 * 86_400), end: today)
    }

    @Test func faultsParseFromTheCommandLineForm() throws {
        #expect(try SimulatorFault(parsing: "rate-limit") == SimulatorFault(.rateLimit, probability: 1))
        #expect(try SimulatorFault(parsing: "slow:0.25") == SimulatorFault(.slow, probability: 0.25))
        #expect(try SimulatorFault(parsing: "bad-json:40%") == SimulatorFault(.badJSON, probability: 0.4))
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "meteor") }
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "slow:1.5") }
        #expect(throws: SimulatorError.self) { try SimulatorFault(parsing: "slow:x") }
    }

    @Test func rateLimitAnswers429WithRetryAfterInTheProvidersShape() async throws {
        try await withSimulator([SimulatorFault(.rateLimit)]) { simulator in
            let response = try await AsyncHTTPClientTransport().send(balances(simulator))
            #expect(response.status == 429)
            #expect(response.header("Retry-After") == "1")
            #expect(String(decoding: response.body, as: UTF8.self).contains("\"status\":\"error\""))
        }
    }

    @Test func aClientRetriesRateLimitsAndStillGetsExactTotals() async throws {
        try await withSimulator([SimulatorFault(.rateLimit, probability: 0.3)]) { simulator in
            let range = lastWeek
            let records = try await cloudRu(simulator, retry: Self.quickRetry).fetchSpend(
                range: range, granularity: .day, zone: utcZone)
            let sum = records.reduce(Amount.zero) { $0 + $1.amount.amount }
            #expect(sum == simulator.cloudRu.totalAmountWithVAT(from: range.start, to: range.end))
        }
    }

    @Test func serverErrorsSurfaceWithTheProvidersMessage() async throws {
        try await withSimulator([SimulatorFault(.serverError)]) { simulator in
            let error = await #expect(throws: ProviderError.self) {
                try await cloudRu(simulator, retry: .none).fetchSpend(range: lastWeek, granularity: .day, zone: utcZone)
            }
            #expect(error?.kind == .serverError(status: 503, message: "service unavailable"))
            #expect(error?.description.hasPrefix("Cloud.ru (cr-faults) POST /api/v1/auth/token: 503") == true)
        }
    }

    @Test func aTruncatedAnswerIsAConnectionErrorNotACrash() async throws {
        try await withSimulator([SimulatorFault(.truncated)]) { simulator in
            let error = await #expect(throws: ProviderError.self) {
                try await selectel(simulator, retry: .none).fetchSpend(
                    range: lastWeek, granularity: .day, zone: moscow)
            }
            guard case .transport = error?.kind else {
                Issue.record("expected a transport error, got \(String(describing: error))")
                return
            }
            // The currency lookup is best effort: the statistics call's failure is the error.
            #expect(error?.endpoint == "GET /v1/cloud_billing/statistic/consumption")
        }
    }

    @Test func badJSONIsAMalformedAnswerNamingTheEndpoint() async throws {
        try await withSimulator([SimulatorFault(.badJSON)]) { simulator in
            let error = await #expect(throws: ProviderError.self) {
                try await selectel(simulator, retry: .none).fetchSpend(
                    range: lastWeek, granularity: .day, zone: moscow)
            }
            guard case .malformedResponse = error?.kind else {
                Issue.record("expected a malformed answer, got \(String(describing: error))")
                return
            }
            #expect(
                error?.description.hasPrefix(
                    "Selectel (sel-faults) GET /v1/cloud_billing/statistic/consumption: malformed answer") == true)
        }
    }

    @Test func aSlowAnswerStillArrivesWhole() async throws {
        try await withSimulator([SimulatorFault(.slow)]) { simulator in
            let response = try await AsyncHTTPClientTransport().send(balances(simulator))
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self).contains("currency"))
        }
    }

    @Test func whichRequestsFailFollowsFromTheSeed() async throws {
        var runs: [[Int]] = []
        for _ in 0..<2 {
            try await withSimulator([SimulatorFault(.serverError, probability: 0.5)]) { simulator in
                var statuses: [Int] = []
                for _ in 0..<16 {
                    statuses.append(try await AsyncHTTPClientTransport().send(balances(simulator)).status)
                }
                runs.append(statuses)
            }
        }
        #expect(runs[0] == runs[1])
        #expect(runs[0].contains(200))
        #expect(runs[0].contains(502))
    }
}
