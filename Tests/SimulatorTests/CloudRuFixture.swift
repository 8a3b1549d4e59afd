import CostCore
import Foundation
import Simulator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Shared helpers for the Cloud.ru simulator tests: tokens, query building, exact decoding.
enum CloudRuFixture {
    /// UTC midnight of a calendar day, computed with Foundation.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// 2026-03-15T10:25:00Z, as in ``SimulatorFixture``: history starts on 1 January 2026 and
    /// 14 March is the last day with rows.
    static let now = SimulatorFixture.now

    /// Runs `body` against a simulator started with `configuration` and stops it afterwards.
    static func withSimulator<T>(
        _ configuration: SimulatorConfiguration,
        _ body: (RunningSimulator) async throws -> T
    ) async throws -> T {
        let simulator = try await Simulator.start(configuration)
        do {
            let result = try await body(simulator)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    /// Every v1 page of `path` (which must not contain paging) at `limit` rows per page, up to
    /// and including the first page that is not full.
    static func v1Pages(_ simulator: RunningSimulator, _ path: String, token: String, limit: Int) async throws
        -> [CloudRuPage]
    {
        var pages: [CloudRuPage] = []
        while true {
            let reply = try await get(
                simulator, path + "&page_filter.page=\(pages.count + 1)&page_filter.limit=\(limit)", bearer: token)
            guard reply.status == 200 else { throw HTTPTestError.notAnObject(reply.text) }
            let page = try CloudRuPage(reply)
            pages.append(page)
            if page.rows.count < limit || pages.count > 100 {
                return pages
            }
        }
    }

    /// Every v2 page of `path` (which must not contain paging), following `next_page_token`.
    static func v2Pages(_ simulator: RunningSimulator, _ path: String, token: String, pageSize: Int) async throws
        -> [CloudRuPage]
    {
        var pages: [CloudRuPage] = []
        var pageToken = ""
        repeat {
            let reply = try await get(
                simulator, path + "&page_filter.page_size=\(pageSize)&page_filter.page_token=\(pageToken)",
                bearer: token)
            guard reply.status == 200 else { throw HTTPTestError.notAnObject(reply.text) }
            let page = try CloudRuPage(reply)
            pages.append(page)
            pageToken = page.nextPageToken ?? ""
        } while !pageToken.isEmpty && pages.count <= 100
        return pages
    }

    /// Gets an access token from the simulator's IAM endpoint.
    static func token(_ simulator: RunningSimulator) async throws -> String {
        let reply = try await postToken(simulator, keyID: SimulatorCredentials.cloudRuKeyID)
        guard reply.status == 200, let token = try reply.object()["access_token"] as? String else {
            throw HTTPTestError.notAnObject(reply.text)
        }
        return token
    }

    /// POSTs `{"keyId":…,"secret":…}` to the IAM token endpoint.
    static func postToken(
        _ simulator: RunningSimulator,
        keyID: String,
        secret: String = SimulatorCredentials.cloudRuSecret
    ) async throws -> HTTPReply {
        let body = try JSONSerialization.data(withJSONObject: ["keyId": keyID, "secret": secret])
        return try await post(simulator, "/api/v1/auth/token", body: body)
    }

    /// POSTs a JSON body.
    static func post(_ simulator: RunningSimulator, _ path: String, body: Data) async throws -> HTTPReply {
        var request = URLRequest(url: URL(string: simulator.baseURL + path)!)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw HTTPTestError.noHTTPResponse }
        return HTTPReply(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"), body: data)
    }

    /// GETs `path` with `Authorization: Bearer <bearer>` (no header when nil).
    static func get(_ simulator: RunningSimulator, _ path: String, bearer: String?) async throws -> HTTPReply {
        let headers = bearer.map { ["Authorization": "Bearer \($0)"] } ?? [:]
        return try await SimulatorTests.get(simulator, path, token: nil, headers: headers)
    }

    /// A consumption path: `/v1/consumption?…` or `/v2/consumption?…`, values percent-encoded.
    static func path(
        _ version: Int = 1,
        agreement: String? = nil,
        projects: [String] = [],
        services: [String] = [],
        start: String,
        end: String,
        extra: [(String, String)] = []
    ) -> String {
        var pairs: [(String, String)] = []
        if let agreement { pairs.append(("agreement_id", agreement)) }
        pairs += projects.map { ("project_ids", $0) }
        pairs += services.map { ("service_names", $0) }
        pairs += [("start_date", start), ("end_date", end)] + extra
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let query = pairs.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }
        return "/v\(version)/consumption?" + query.joined(separator: "&")
    }

    /// The `message` of a Cloud.ru error answer (`{"code","message","details"}`).
    static func message(_ reply: HTTPReply) throws -> String {
        try reply.object()["message"] as? String ?? ""
    }
}
