import HTTPTypes
import Hummingbird

/// The simulated Selectel Billing Statistics API (and `/v3/balances`), mounted on the shared
/// simulator server.
///
/// Every endpoint requires the credential `SimulatorCredentials.selectelToken` in `X-Token` (the
/// static key) or `X-Auth-Token` (an IAM token), as documented; failures answer
/// `{"status":"error","error":{"code":<status>,"message":"…"}}` with 401 (auth) or 400
/// (parameters). Successful answers use `{"status":"success","data":…}`.
struct SelectelRoutes: SimulatedProvider {
    /// Where the statistics endpoints live.
    static let statisticsPath = "/v1/cloud_billing/statistic"

    let dataset: SelectelDataset
    /// Documented answer shapes served instead of the preferred ones.
    var variations: Set<SimulatorVariation> = []

    func addRoutes(to router: Router<BasicRequestContext>) {
        let dataset = dataset
        let variations = variations
        let keysRequired = variations.contains(.selectelRequiredKeys)
        router.get("\(Self.statisticsPath)/projects") { request, _ in
            Self.authorized(request) { query in
                SimulatorResponse.json(
                    SelectelDirectoryResponses.projects(
                        dataset, providerKeys: try query.providerKeys(required: keysRequired))
                )
            }
        }
        router.get("\(Self.statisticsPath)/objects") { request, _ in
            Self.authorized(request) { query in
                let keys = try query.providerKeys(required: keysRequired)
                let locale = try query.locale(required: false)
                return SimulatorResponse.json(
                    SelectelDirectoryResponses.objects(dataset, providerKeys: keys, locale: locale)
                )
            }
        }
        router.get("\(Self.statisticsPath)/consumption") { request, _ in
            Self.authorized(request) { query in
                Self.statistics(
                    dataset,
                    try SelectelStatisticsRequest(query: query, endpoint: .consumption, variations: variations),
                    variations: variations)
            }
        }
        router.get("\(Self.statisticsPath)/summary_stats") { request, _ in
            Self.authorized(request) { query in
                Self.statistics(
                    dataset,
                    try SelectelStatisticsRequest(query: query, endpoint: .summaryStats, variations: variations),
                    variations: variations)
            }
        }
        router.get("/v3/balances") { request, _ in
            Self.authorized(request) { _ in
                guard !variations.contains(.selectelNoBalances) else {
                    return SimulatorResponse.error(.notFound, message: "Not found")
                }
                return SimulatorResponse.json(SelectelDirectoryResponses.balances(dataset))
            }
        }
    }

    func bannerSection(baseURL: String) -> String {
        let token = SimulatorCredentials.selectelToken
        let lastHour = WallClockTime(moscowFromUTCSeconds: Int64(dataset.billedUntil.timeIntervalSince1970) - 3600)
        let weekAgo = WallClockTime(seconds: ((lastHour.seconds / 86_400) - 7) * 86_400)
        let example =
            "\(baseURL)\(Self.statisticsPath)/consumption?provider_keys=vpc&provider_keys=mks"
            + "&start=\(weekAgo.text)&end=\(lastHour.text)&locale=en&group_type=project&period_group_type=day"
        return [
            "Selectel (Billing Statistics API v1)",
            "  Base URL      \(baseURL)",
            "  X-Token       \(token)",
            "  Try           curl -H 'X-Token: \(token)' '\(baseURL)\(Self.statisticsPath)/projects?provider_keys=vpc'",
            "                curl -H 'X-Token: \(token)' '\(example)'",
        ].joined(separator: "\n")
    }

    /// Checks `X-Token` or `X-Auth-Token`, then runs `handler`, turning a ``SelectelBadRequest``
    /// into a 400. The received token is never echoed.
    private static func authorized(
        _ request: Request,
        _ handler: (SelectelQuery) throws -> Response
    ) -> Response {
        let header = request.headers[Self.tokenHeader] == nil ? "X-Auth-Token" : "X-Token"
        guard let token = request.headers[Self.tokenHeader] ?? request.headers[Self.iamTokenHeader] else {
            return SimulatorResponse.error(
                .unauthorized,
                message:
                    "Authentication required: send the API key in the X-Token header or an IAM token in X-Auth-Token"
            )
        }
        guard token == SimulatorCredentials.selectelToken else {
            return SimulatorResponse.error(.unauthorized, message: "Invalid credential in the \(header) header")
        }
        do {
            return try handler(SelectelQuery(request.uri.queryParameters))
        } catch let error as SelectelBadRequest {
            return SimulatorResponse.error(.badRequest, message: error.message)
        } catch {
            return SimulatorResponse.error(.internalServerError, message: "Internal simulator error")
        }
    }

    /// Streams `{"status":"success","data":[rows…]}` for a validated statistics request.
    private static func statistics(
        _ dataset: SelectelDataset, _ request: SelectelStatisticsRequest, variations: Set<SimulatorVariation>
    ) -> Response {
        var configured = SelectelStatisticsReport(dataset: dataset, request: request)
        configured.suffixedPeriods = variations.contains(.selectelPeriodSuffix)
        let report = configured
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "{\"status\":\"success\",\"data\":["))
            var rows = report.rows()
            while let chunk = rows.next() {
                if !chunk.isEmpty {
                    try await writer.write(ByteBuffer(bytes: chunk))
                }
            }
            try await writer.write(ByteBuffer(string: "]}"))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: body)
    }

    private static let tokenHeader = HTTPField.Name("X-Token")!
    private static let iamTokenHeader = HTTPField.Name("X-Auth-Token")!
}
