import CostCore
import Foundation

/// Reads spend from Selectel's Billing Statistics API v1.
///
/// One `consumption` call with `group_type=project_object_region_metric`
/// returns every project, object (with its parent), metric and region at
/// once, so all grouping and drilling afterwards happens locally.
public struct SelectelClient: Sendable {
    /// The account.
    public let account: SelectelAccount
    private let transport: any HTTPTransport
    private var check: ResponseCheck { ResponseCheck(provider: .selectel, account: account.name) }

    /// Creates a client.
    public init(account: SelectelAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// The API's bucket size used for a fetch.
    public enum Bucket: String, Sendable {
        case hour, day
    }

    /// The bucket to request so that buckets in `zone` can be built exactly:
    /// days are only usable when `zone` agrees with the API's fixed offset over
    /// the whole range; otherwise hours are fetched and regrouped locally.
    public func bucket(for granularity: Granularity, range: DateRange, zone: TimeZone) -> Bucket {
        guard granularity != .hour else { return .hour }
        let offset = account.utcOffsetSeconds
        let agrees =
            zone.secondsFromGMT(for: range.start) == offset
            && zone.secondsFromGMT(for: range.end.addingTimeInterval(-1)) == offset
            && zone.nextDaylightSavingTimeTransition(after: range.start).map { $0 >= range.end } ?? true
        return agrees ? .day : .hour
    }

    /// Fetches every cost record in `range` (rounded out to whole hours), in
    /// buckets fine enough for `granularity` in `zone`.
    public func fetchSpend(
        range: DateRange, granularity: Granularity, zone: TimeZone, progress: FetchProgressHandler? = nil
    ) async throws(ProviderError) -> [CostRecord] {
        let currency = try await fetchCurrency()
        progress?(FetchProgress(requestsDone: 1, requestsPlanned: 2, rows: 0))
        let bucket = bucket(for: granularity, range: range, zone: zone)
        let request = consumptionRequest(range: range, bucket: bucket)
        let rows = try await getRows(request)
        progress?(FetchProgress(requestsDone: 2, requestsPlanned: 2, rows: rows.count))
        return try rows.enumerated().map { (index, row) throws(ProviderError) in
            try record(from: row, index: index, bucket: bucket, currency: currency, request: request)
        }
    }

    /// The `consumption` request for `range`: naive datetimes in the API's
    /// zone, `end` being the last bucket start included (the API counts the
    /// hour stamped at `end`).
    public func consumptionRequest(range: DateRange, bucket: Bucket) -> HTTPRequest {
        let offset = account.utcOffsetSeconds
        let startHour = floorToHour(range.start)
        let lastHour = floorToHour(range.end.addingTimeInterval(-1))
        var query: [(String, String)] = account.providerKeys.map { ("provider_keys", $0) }
        query += [
            ("start", CivilDateTime(startHour, utcOffsetSeconds: offset).description),
            ("end", CivilDateTime(max(lastHour, startHour), utcOffsetSeconds: offset).description),
            ("locale", account.locale),
            ("group_type", "project_object_region_metric"),
            ("period_group_type", bucket.rawValue),
        ]
        return request("/v1/cloud_billing/statistic/consumption", query: query)
    }

    /// The account currency from `/v3/balances`; RUB when the API does not say.
    public func fetchCurrency() async throws(ProviderError) -> Currency {
        let request = request("/v3/balances", query: [])
        let balances: SelectelBalances
        do {
            balances = try await fetch(request) { body throws(JSONError) in try SelectelBalances.decode(body) }
        } catch {
            if case .rejected(let status, _) = error.kind, status == 404 { return .rub }
            throw error
        }
        guard let code = balances.currencyCode else { return .rub }
        guard let currency = Currency(code: code) else {
            throw check.error(
                .malformedResponse("settings.currency \(ServerText.quote(code, limit: 16)) is not a currency code"),
                request)
        }
        return currency
    }

    private func request(_ path: String, query: [(String, String)]) -> HTTPRequest {
        HTTPRequest(
            url: account.endpoint.url(path, query: query),
            headers: [("X-Token", account.token.reveal()), ("Accept", "application/json")],
            timeout: account.timeout)
    }

    /// Every project of the account (`projects`), including those without spend.
    public func fetchProjects() async throws(ProviderError) -> [SelectelProjectInfo] {
        let request = request("/v1/cloud_billing/statistic/projects", query: providerKeyQuery)
        return try await fetch(request) { body throws(JSONError) in try SelectelProjectInfo.decodeList(body) }
    }

    /// Every billed object (`objects`) with its parent and localised type name.
    public func fetchObjects() async throws(ProviderError) -> [SelectelObjectInfo] {
        let request = request(
            "/v1/cloud_billing/statistic/objects", query: providerKeyQuery + [("locale", account.locale)])
        return try await fetch(request) { body throws(JSONError) in try SelectelObjectInfo.decodeList(body) }
    }

    /// Spend per project over `range` in one bucket per `bucket` (`summary_stats`).
    public func fetchSummary(range: DateRange, bucket: Bucket) async throws(ProviderError) -> [SelectelConsumptionRow] {
        var request = consumptionRequest(range: range, bucket: bucket)
        var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = components.percentEncodedPath.replacingOccurrences(
            of: "/consumption", with: "/summary_stats")
        let query = (components.percentEncodedQuery ?? "").replacingOccurrences(
            of: "group_type=project_object_region_metric", with: "group_type=project")
        components.percentEncodedQuery = query + "&items_count_period_group_type=\(bucket.rawValue)"
        request.url = components.url!
        return try await getRows(request)
    }

    private var providerKeyQuery: [(String, String)] { account.providerKeys.map { ("provider_keys", $0) } }

    private func getRows(_ request: HTTPRequest) async throws(ProviderError) -> [SelectelConsumptionRow] {
        try await fetch(request) { body throws(JSONError) in
            var interner = StringInterner()
            return try SelectelConsumptionRow.decodeList(body, interner: &interner)
        }
    }

    /// Sends `request` (retrying transient failures) and decodes the answer with `decode`.
    private func fetch<Payload: Sendable>(
        _ request: HTTPRequest, _ decode: ([UInt8]) throws(JSONError) -> Payload
    ) async throws(ProviderError) -> Payload {
        let body = try await account.retry.run { () async throws(ProviderError) in
            let response = try await check.send(request, through: transport)
            try check.require2xx(response, for: request, credentialName: "X-Token")
            return response.body
        }
        do {
            return try decode(body)
        } catch {
            throw check.unreadable(error.description, body: body, request)
        }
    }

    private func record(
        from row: SelectelConsumptionRow, index: Int, bucket: Bucket, currency: Currency, request: HTTPRequest,

    ) throws(ProviderError) -> CostRecord {
        guard let civil = CivilDateTime(parsing: row.period, allowSuffix: false) else {
            throw check.error(
                .malformedResponse(
                    "data[\(index)].period: \(ServerText.quote(row.period, limit: 32)) is not YYYY-MM-DDTHH:MM:SS"),
                request)
        }
        let start = civil.date(utcOffsetSeconds: account.utcOffsetSeconds)
        let length: TimeInterval = bucket == .hour ? 3_600 : 86_400
        // Whole buckets: in a zone with a half-hour offset a day is built from the UTC hours
        // whose middle falls in it (see GroupTable), so no hour is counted twice.
        let end = start.addingTimeInterval(length)
        var native: [String: String] = [:]
        if let accountID = row.accountID { native["account_id"] = accountID }
        if let key = row.providerKey { native["provider_key"] = key }
        if let value = row.provisionStart { native["provision_start"] = value }
        if let value = row.provisionEnd { native["provision_end"] = value }
        return CostRecord(
            provider: .selectel,
            account: account.name,
            project: row.project.map { EntityRef(id: $0.id, name: $0.name) },
            object: row.object.map {
                ObjectRef(id: $0.id, name: $0.name, type: $0.type, parentID: $0.parentID, parentName: $0.parentName)
            },
            metric: row.metric.map { EntityRef(id: $0.id, name: $0.name) },
            region: row.metric?.region,
            service: row.providerKey,
            period: DateRange(start: start, end: end),
            amount: Money(row.value, currency),
            quantity: row.metric?.quantity,
            unit: row.metric?.unit,
            native: native)
    }

    private func floorToHour(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600)
    }
}
