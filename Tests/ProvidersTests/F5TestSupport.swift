import CostCore
import Foundation
import Providers
import Simulator
import Synchronization

/// Shared setup of the F5 client tests: a fixed "now", a simulator, clients and a transport
/// that records every exchange.
enum F5TestSupport {
    /// 2026-11-20T12:25:00Z: November is the current billing period, billed until 12:00.
    static let now = CivilDateTime(parsing: "2026-11-20T12:25:00")!.date(utcOffsetSeconds: 0)
    /// The seed of every simulator these tests start.
    static let seed: UInt64 = 7

    /// A UTC instant from `YYYY-MM-DDTHH:MM:SS`.
    static func utc(_ text: String) -> Date {
        CivilDateTime(parsing: text)!.date(utcOffsetSeconds: 0)
    }

    /// Runs `body` against a fresh simulator and its F5 ground truth, stopping it afterwards.
    static func withSimulator(
        faults: [SimulatorFault] = [], variations: Set<SimulatorVariation> = [],
        _ body: (RunningSimulator, F5Dataset) async throws -> Void
    ) async throws {
        try await Simulator.withRunning(
            SimulatorConfiguration(port: 0, seed: seed, now: now, faults: faults, variations: variations)
        ) { simulator in try await body(simulator, simulator.f5) }
    }

    /// A client of `simulator` with `token`, sending through `transport`.
    static func client(
        _ simulator: RunningSimulator, token: String = SimulatorCredentials.f5Token,
        transport: any HTTPTransport = AsyncHTTPClientTransport(), retry: RetryPolicy = .none
    ) throws -> F5Client {
        let account = F5Account(
            name: "f5-test", endpoint: try Endpoint(simulator.baseURL), token: Secret(token), retry: retry)
        return F5Client(account: account, transport: transport)
    }
}

extension HTTPRequest {
    /// The string fields of the JSON body.
    var f5BodyFields: [String: String] {
        guard let body, let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            return [:]
        }
        return object.compactMapValues { $0 as? String }
    }

    /// The value of header `name` (case-insensitive).
    func f5Header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Collects progress reports from a fetch.
final class F5ProgressLog: Sendable {
    private let reports = Mutex<[FetchProgress]>([])

    /// Records one report.
    func append(_ progress: FetchProgress) { reports.withLock { $0.append(progress) } }

    /// Every report so far, in order.
    var all: [FetchProgress] { reports.withLock { $0 } }
}
