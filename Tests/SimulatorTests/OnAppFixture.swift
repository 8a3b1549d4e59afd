import CostCore
import Foundation
import Simulator

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Shared helpers for the OnApp simulator tests: credentials, paths, exact sums and XML.
enum OnAppFixture {
    /// `Authorization: Basic …` for a login and password.
    static func basic(
        _ login: String = SimulatorCredentials.onAppEmail, _ password: String = SimulatorCredentials.onAppAPIKey
    )
        -> String
    {
        "Basic " + Data("\(login):\(password)".utf8).base64EncodedString()
    }

    /// A UTC instant.
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// The statistics path of the simulated user with a raw (already encoded) query.
    static func path(_ simulator: RunningSimulator, _ format: String = "json", query: String = "") -> String {
        "/users/\(simulator.onApp.userID)/vm_stats.\(format)" + (query.isEmpty ? "" : "?" + query)
    }

    /// `period[startdate]=…&period[enddate]=…` as the docs write it: brackets kept, space as `+`,
    /// colons as `%3A`.
    static func period(_ start: String, _ end: String) -> String {
        "period%5Bstartdate%5D=\(encode(start))&period%5Benddate%5D=\(encode(end))"
    }

    /// A date-time parameter value with `+` for the space and `%3A` for colons.
    static func encode(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "+").replacingOccurrences(of: ":", with: "%3A")
    }

    /// GETs `path` with `authorization` (none when nil).
    static func get(_ simulator: RunningSimulator, _ path: String, authorization: String? = basic()) async throws
        -> OnAppReply
    {
        try await OnAppRawHTTP.get(simulator, path, headers: authorization.map { ["Authorization": $0] } ?? [:])
    }

    /// The rows of a JSON answer, unwrapped from their single root key (which must be `vm_hourly_stat`).
    static func rows(_ reply: OnAppReply) throws -> [[String: Any]] {
        guard let elements = try JSONSerialization.jsonObject(with: reply.body) as? [[String: Any]] else {
            throw HTTPTestError.notAnObject(reply.text)
        }
        return try elements.map { element in
            guard element.count == 1, let row = element["vm_hourly_stat"] as? [String: Any] else {
                throw HTTPTestError.notAnObject("\(element.keys)")
            }
            return row
        }
    }

    /// Every number written after `"key":` in a JSON text, read exactly.
    static func amounts(_ key: String, in text: String) -> [Amount] {
        var found: [Amount] = []
        var rest = Substring(text)
        let marker = "\"\(key)\":"
        while let range = rest.range(of: marker) {
            let tail = rest[range.upperBound...]
            let number = tail.prefix { "0123456789.-".contains($0) }
            if let amount = Amount(number) { found.append(amount) }
            rest = tail
        }
        return found
    }

    /// The sum of `amounts`.
    static func sum(_ amounts: [Amount]) -> Amount {
        amounts.reduce(.zero, +)
    }

    /// The XML answer's document.
    static func document(_ reply: OnAppReply) throws -> XMLDocument {
        try XMLDocument(data: reply.body)
    }
}

/// One answer of the simulated OnApp panel, headers included.
struct OnAppReply {
    /// The status code.
    let status: Int
    /// The headers, names in lower case.
    let headers: [String: String]
    /// The (de-chunked) body.
    let body: Data

    /// `Content-Type`.
    var contentType: String? { headers["content-type"] }

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw HTTPTestError.notAnObject(text)
        }
        return object
    }
}
