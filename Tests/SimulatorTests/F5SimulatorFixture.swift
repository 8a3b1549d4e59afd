import CostCore
import Foundation
import Simulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Shared helpers for the F5 Distributed Cloud simulator tests: POSTs with an API token and
/// exact readings of the answers.
enum F5SimulatorFixture {
    /// 2026-11-20T12:25:00Z: the current billing period is November; 12:00 is not billed yet.
    static let now = Date(timeIntervalSince1970: 1_795_177_500)

    static let usageSummaryPath = "/api/data/namespaces/system/billing/usage_summary"
    static let currentUsagePath = "/api/web/namespaces/system/current_usage"
    static let monthlyUsagePath = "/api/web/namespaces/system/monthly_usage"

    /// An instant given as UTC calendar fields, computed with Foundation.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// `date` as `YYYY-MM-DDTHH:MM:SSZ`, formatted by Foundation.
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        return formatter.string(from: date)
    }

    /// Runs `body` against a fresh simulator at ``now`` and stops it afterwards.
    static func withSimulator<T>(seed: UInt64 = 42, _ body: (RunningSimulator) async throws -> T) async throws -> T {
        try await SimulatorFixture.withSimulator(seed: seed, now: now, body)
    }

    /// POSTs `body` to `path`, with `Authorization: APIToken <token>` unless `authorization`
    /// says otherwise (nil: no header at all).
    static func post(
        _ simulator: RunningSimulator, _ path: String, body: String = "{}",
        authorization: String? = "APIToken \(SimulatorCredentials.f5Token)"
    ) async throws -> F5Reply {
        var request = URLRequest(url: URL(string: simulator.baseURL + path)!)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let authorization {
            request.setValue(authorization, forHTTPHeaderField: "Authorization")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw HTTPTestError.noHTTPResponse }
        return F5Reply(status: http.statusCode, retryAfter: http.value(forHTTPHeaderField: "Retry-After"), body: data)
    }

    /// The usage summary of `start ... end` (both sent as RFC 3339).
    static func usageSummary(_ simulator: RunningSimulator, from start: Date, to end: Date) async throws
        -> [F5SummaryLine]
    {
        let body = "{\"start_time\":\"\(rfc3339(start))\",\"end_time\":\"\(rfc3339(end))\"}"
        let reply = try await post(simulator, usageSummaryPath, body: body)
        guard reply.status == 200 else { throw HTTPTestError.notAnObject(reply.text) }
        return try reply.summaryLines()
    }
}

/// One HTTP answer of the simulated F5 API.
struct F5Reply {
    let status: Int
    let retryAfter: String?
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw HTTPTestError.notAnObject(text)
        }
        return object
    }

    /// The items of a `usage_summary` answer, with exact values.
    func summaryLines() throws -> [F5SummaryLine] {
        let items = try object()["usage_summary_items"] as? [[String: Any]] ?? []
        return try items.map(F5SummaryLine.init)
    }

    /// The lines of a `current_usage` answer and its total, exactly.
    func currentUsage() throws -> (total: Amount, lines: [F5PricedLine]) {
        let object = try object()
        guard let totalText = object["total_cost"] as? String, let cents = Int64(totalText) else {
            throw HTTPTestError.notAnObject(text)
        }
        let lines = try (object["usage_items"] as? [[String: Any]] ?? []).map(F5PricedLine.init)
        return (Amount(minorUnits: cents, decimals: 2), lines)
    }
}

/// One `usage_summary_items` element, read strictly.
struct F5SummaryLine {
    let name: String
    let service: String
    let billingUnit: String
    let billingValue: Amount
    let usageUnit: String
    let usageValue: Int64
    let timestamp: Int64

    init(_ item: [String: Any]) throws {
        guard let name = item["name"] as? String, let service = item["service"] as? String,
            let billing = item["billing_metric_data"] as? [String: Any],
            let billingUnit = billing["unit"] as? String,
            let billingText = billing["value"] as? String, let billingValue = Amount(billingText),
            let usage = item["usage_metric_data"] as? [String: Any], let usageUnit = usage["unit"] as? String,
            let metric = usage["metric_value"] as? [String: Any],
            let timestamp = (metric["timestamp"] as? NSNumber)?.int64Value,
            let usageText = metric["value"] as? String, let usageValue = Int64(usageText)
        else { throw HTTPTestError.notAnObject("\(item)") }
        self.name = name
        self.service = service
        self.billingUnit = billingUnit
        self.billingValue = billingValue
        self.usageUnit = usageUnit
        self.usageValue = usageValue
        self.timestamp = timestamp
    }
}

/// One `usage_items` element of `current_usage`, read strictly.
struct F5PricedLine {
    let usageType: String
    let amount: Amount
    let currencyCode: String
    let start: String
    let end: String

    init(_ item: [String: Any]) throws {
        guard let usageType = item["usage_type"] as? String, let amountText = item["amount"] as? String,
            let cents = Int64(amountText), let currencyCode = item["currency_code"] as? String,
            let start = item["start_timestamp"] as? String, let end = item["end_timestamp"] as? String
        else { throw HTTPTestError.notAnObject("\(item)") }
        self.usageType = usageType
        self.amount = Amount(minorUnits: cents, decimals: 2)
        self.currencyCode = currencyCode
        self.start = start
        self.end = end
    }
}
