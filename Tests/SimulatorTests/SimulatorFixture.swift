import Foundation
import Simulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Shared setup: a fixed simulated "now", a simulator per test, and a tiny HTTP client.
enum SimulatorFixture {
    /// 2026-03-15T10:25:00Z, i.e. 13:25 in Moscow: the hour 10:00Z is not billed yet.
    static let now = Date(timeIntervalSince1970: 1_773_570_300)

    /// Moscow time, computed with Foundation independently of the simulator's own arithmetic.
    static let moscow: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 3 * 3600)!
        return calendar
    }()

    /// The UTC instant of a Moscow wall-clock time.
    static func moscowDate(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0) -> Date {
        moscow.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// Runs `body` against a freshly started simulator and stops it afterwards.
    static func withSimulator<T>(
        seed: UInt64 = 42,
        now: Date = now,
        variations: Set<SimulatorVariation> = [],
        _ body: (RunningSimulator) async throws -> T
    ) async throws -> T {
        let simulator = try await Simulator.start(SimulatorConfiguration(seed: seed, now: now, variations: variations))
        do {
            let result = try await body(simulator)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }
}

/// One HTTP answer.
struct HTTPReply {
    let status: Int
    let contentType: String?
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw HTTPTestError.notAnObject(text)
        }
        return object
    }

    /// `data` of a `{"status":"success","data":[…]}` answer.
    func dataArray() throws -> [[String: Any]] {
        guard let data = try object()["data"] as? [[String: Any]] else {
            throw HTTPTestError.notAnObject(text)
        }
        return data
    }

    /// `error.message` of an error answer.
    func errorMessage() throws -> String {
        (try object()["error"] as? [String: Any])?["message"] as? String ?? ""
    }

    /// Decodes the body.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: body)
    }
}

enum HTTPTestError: Error {
    case notAnObject(String)
    case noHTTPResponse
}

/// GETs `path` (with query) from the simulator, sending `token` as `X-Token` unless nil.
func get(
    _ simulator: RunningSimulator,
    _ path: String,
    token: String? = SimulatorCredentials.selectelToken,
    headers: [String: String] = [:]
) async throws -> HTTPReply {
    var request = URLRequest(url: URL(string: simulator.baseURL + path)!)
    if let token {
        request.setValue(token, forHTTPHeaderField: "X-Token")
    }
    for (name, value) in headers {
        request.setValue(value, forHTTPHeaderField: name)
    }
    let (body, response) = try await URLSession.shared.data(for: request)
    guard let http = response as? HTTPURLResponse else { throw HTTPTestError.noHTTPResponse }
    return HTTPReply(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: body)
}

/// A `consumption` query string.
func consumptionPath(
    keys: [String] = ["vpc", "mks", "storage", "dbaas"],
    start: String,
    end: String,
    groupType: String = "project",
    period: String = "day",
    locale: String = "en",
    endpoint: String = "consumption"
) -> String {
    let keyPart = keys.map { "provider_keys=\($0)" }.joined(separator: "&")
    return "/v1/cloud_billing/statistic/\(endpoint)?\(keyPart)&start=\(start)&end=\(end)"
        + "&locale=\(locale)&group_type=\(groupType)&period_group_type=\(period)"
}

/// A statistics row as decoded strictly (an integer `value` is required).
struct StatisticsRow: Decodable {
    struct Project: Decodable {
        let id: String
        let name: String
    }
    struct Metric: Decodable {
        let id: String
        let name: String
        let quantity: Double
        let unit: String
        let region: String?
    }
    struct Object: Decodable {
        let id: String
        let name: String?
        let type: String
        let parent_id: String?
        let parent_name: String?
    }
    let account_id: String
    let provider_key: String
    let value: Int64
    let period: String
    let project: Project?
    let metric: Metric?
    let object: Object?
    let provision_start: String?
    let provision_end: String?
}

/// `{"status":…,"data":[rows]}`.
struct StatisticsEnvelope: Decodable {
    let status: String
    let data: [StatisticsRow]

    var total: Int64 { data.reduce(0) { $0 + $1.value } }
}

extension Array where Element == StatisticsRow {
    /// Sum of `value` per `period`.
    func totalsByPeriod() -> [String: Int64] {
        reduce(into: [:]) { $0[$1.period, default: 0] += $1.value }
    }
}
