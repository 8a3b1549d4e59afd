import Foundation
import Testing

@testable import Simulator

@Suite("F5 simulator: rate limiting with 429 and Retry-After")
struct F5RateLimitTests {
    typealias Fixture = F5SimulatorFixture

    @Test("The limiter admits the limit per token within a second, then answers 1 until the second has passed")
    func limiterCounts() {
        let limiter = F5RateLimiter(limit: 3)
        let start = ContinuousClock.now
        let admitted = (0..<3).map { limiter.admit(token: "a", at: start.advanced(by: .milliseconds($0 * 100))) }
        #expect(admitted == [nil, nil, nil])
        #expect(limiter.admit(token: "a", at: start.advanced(by: .milliseconds(400))) == 1)
        #expect(limiter.admit(token: "a", at: start.advanced(by: .milliseconds(999))) == 1)
        #expect(limiter.admit(token: "b", at: start.advanced(by: .milliseconds(999))) == nil)
        // The first request leaves the window one second after it was made; refused ones never counted.
        #expect(limiter.admit(token: "a", at: start.advanced(by: .milliseconds(1000))) == nil)
        #expect(limiter.admit(token: "a", at: start.advanced(by: .milliseconds(1050))) == 1)
        #expect(limiter.admit(token: "a", at: start.advanced(by: .milliseconds(1100))) == nil)
    }

    @Test("A refused request gets 429 with Retry-After: 1 in F5's error shape")
    func refusalOverHTTP() async throws {
        let simulator = try await Simulator.start(
            SimulatorConfiguration(port: 0, seed: 42, now: Fixture.now, faults: [SimulatorFault(.rateLimit)]))
        do {
            let refusal = try await Fixture.post(simulator, Fixture.monthlyUsagePath)
            #expect(refusal.status == 429)
            #expect(refusal.retryAfter == "1")
            let body = try refusal.object()
            #expect(body["code"] as? Int == 8)
            #expect((body["message"] as? String)?.contains("too frequently") == true)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }
}
