import CostCore
import Foundation
import Simulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Shared helpers for the Seeweb simulator tests: requests with `X-APITOKEN`, row parsing and
/// exact amounts.
enum SeewebFixture {
    /// 2026-03-15T10:25:00Z as in ``SimulatorFixture``: 11:25 in Rome (CET), so March 2026 is
    /// the current, partial month.
    static let now = SimulatorFixture.now

    /// The keys of a server row, in the seed's order.
    static let serverKeys = [
        "plan", "name", "group", "notes", "status", "year", "month", "creation_date", "deletion_date",
        "billed_hours", "cost", "summary",
    ]
    /// The keys of a server row's `summary`.
    static let summaryKeys: Set<String> = [
        "online_hour", "online_price", "offline_hour", "offline_discount", "offline_price", "offline_reduction",
        "reserved_discounts", "original_cost",
    ]
    /// The keys of a `reserved_discounts` entry.
    static let reservedKeys: Set<String> = [
        "reserved_plan", "reserved_hour", "reserved_discount", "reserved_price", "reserved_reduction",
        "reserved_start_date", "reserved_end_date",
    ]
    /// The keys of a template row.
    static let templateKeys: Set<String> = [
        "cost", "name", "status", "creation_date", "deletion_date", "notes", "year", "month",
    ]

    /// GETs `path` with `X-APITOKEN: token` (no header when nil).
    static func get(
        _ simulator: RunningSimulator, _ path: String, token: String? = SimulatorCredentials.seewebToken,
        headers: [String: String] = [:]
    ) async throws -> HTTPReply {
        var all = headers
        if let token { all["X-APITOKEN"] = token }
        return try await SimulatorTests.get(simulator, path, token: nil, headers: all)
    }

    /// GETs `path` with the account's token and returns the answer with its `Retry-After` header.
    static func getWithRetryAfter(_ simulator: RunningSimulator, _ path: String) async throws -> (
        reply: HTTPReply, retryAfter: String?
    ) {
        var request = URLRequest(url: URL(string: simulator.baseURL + path)!)
        request.setValue(SimulatorCredentials.seewebToken, forHTTPHeaderField: "X-APITOKEN")
        let (body, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw HTTPTestError.noHTTPResponse }
        let reply = HTTPReply(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: body)
        return (reply, http.value(forHTTPHeaderField: "Retry-After"))
    }

    /// `/ecs/v2/billing/{kind}/{year}/{month}?type={type}`.
    static func path(_ kind: String, _ month: SeewebMonth, type: String = "json") -> String {
        "/ecs/v2/billing/\(kind)/\(month.year)/\(month.month)?type=\(type)"
    }

    /// The rows of a JSON answer (a bare array of objects).
    static func rows(_ reply: HTTPReply) throws -> [[String: Any]] {
        guard let rows = try JSONSerialization.jsonObject(with: reply.body) as? [[String: Any]] else {
            throw HTTPTestError.notAnObject(reply.text)
        }
        return rows
    }

    /// `error` of a Seeweb error answer.
    static func error(_ reply: HTTPReply) throws -> [String: Any] {
        guard let error = try reply.object()["error"] as? [String: Any] else {
            throw HTTPTestError.notAnObject(reply.text)
        }
        return error
    }

    /// A JSON number as an exact amount (the simulator writes at most two decimals, which
    /// `Double`'s shortest description reproduces).
    static func amount(_ value: Any?) -> Amount? {
        guard let number = value as? NSNumber else { return nil }
        return Amount(String(number.doubleValue))
    }

    /// The instant of Unix microseconds.
    static func date(_ micros: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(micros) / 1_000_000)
    }

    /// A JSON integer.
    static func int(_ value: Any?) -> Int? {
        (value as? NSNumber)?.intValue
    }

    /// The lines of a CSV answer split into fields (the simulator quotes only fields holding
    /// commas or quotes; none of its fields holds a line break).
    static func csvLines(_ reply: HTTPReply) -> [[String]] {
        reply.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map(splitCSV)
    }

    private static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
