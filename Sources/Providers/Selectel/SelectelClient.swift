import CostCore
import Foundation

/// Reads spend from Selectel's Billing Statistics API v1.
///
/// One `consumption` call with `group_type=project_object_region_metric` returns every
/// project, object (with its parent), metric and region at once, so all grouping and drilling
/// afterwards happens locally. That group type and asking without `provider_keys` are not in
/// the documents: when the API refuses either (400), the documented path is taken and said once.
public struct SelectelClient: SpendSource {
    public let account: SelectelAccount
    public var name: String { account.name }
    public var provider: ProviderKind { .selectel }
    private let transport: any HTTPTransport
    private let memory = SelectelRunMemory()
    private var check: ResponseCheck { ResponseCheck(provider: .selectel, account: account.name) }
    private var time: SelectelTime { SelectelTime(zone: account.zone) }

    public init(account: SelectelAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// The API's bucket size used for a fetch.
    public enum Bucket: String, Sendable {
        case hour, day
    }

    /// The bucket to request so that buckets in `zone` can be built exactly: days are only
    /// usable when `zone`'s days are the account zone's days over the whole range; otherwise
    /// hours are fetched and regrouped locally.
    public func bucket(for granularity: Granularity, range: DateRange, zone: TimeZone) -> Bucket {
        guard granularity != .hour else { return .hour }
        if zone.identifier == account.zone.identifier { return .day }
        let last = range.end.addingTimeInterval(-1)
        let agrees =
            [range.start, last].allSatisfy { zone.secondsFromGMT(for: $0) == account.zone.secondsFromGMT(for: $0) }
            && [zone, account.zone].allSatisfy { candidate in
                candidate.nextDaylightSavingTimeTransition(after: range.start).map { $0 >= range.end } ?? true
            }
        return agrees ? .day : .hour
    }

    /// Fetches every record in the query's range (rounded out to whole hours), in buckets fine
    /// enough for its granularity in its zone, straight into a store as the answer is read
    /// (``SelectelSpendBuilder``).
    public func fetch(_ query: FetchQuery, progress: FetchProgressHandler? = nil) async throws(ProviderError)
        -> SpendStore
    {
        let (range, granularity, zone) = (query.range, query.granularity, query.zone)
        let resolved = await resolveCurrency()
        progress?(FetchProgress(requestsDone: 1, requestsPlanned: 2, rows: 0))
        let bucket = bucket(for: granularity, range: range, zone: zone)
        let places = SelectelRowPlacement(time: time, bucket: bucket, fallbackStart: floorToHour(range.start))
        let builder = try await fetchRows(range: range, bucket: bucket) {
            SelectelSpendBuilder(account: account.name, currency: resolved.currency, places: places)
        }
        progress?(FetchProgress(requestsDone: 2, requestsPlanned: 2, rows: builder.store.count))
        if let note = resolved.fallbackNote { account.note.fallback(note) }
        if let message = builder.places.unplacedMessage() { account.note.warn(message) }
        return builder.store
    }

    /// One `consumption` answer read into a store as ``fetch(_:progress:)`` reads it, with no
    /// request: for measuring the reader on its own.
    public func store(fromConsumption body: [UInt8], range: DateRange, bucket: Bucket, currency: Currency)
        throws(JSONError) -> SpendStore
    {
        var builder = SelectelSpendBuilder(
            account: account.name, currency: currency,
            places: SelectelRowPlacement(time: time, bucket: bucket, fallbackStart: floorToHour(range.start)))
        try SelectelConsumptionRow.read(body, into: &builder)
        return builder.store
    }

    /// Rows of `range` read into a builder from `start`, by the plan the API accepted earlier in
    /// this run, else by the first of the candidate plans it does not refuse.
    private func fetchRows(
        range: DateRange, bucket: Bucket, into start: () -> SelectelSpendBuilder
    ) async throws(ProviderError) -> SelectelSpendBuilder {
        let candidates = memory.plan.map { [$0] } ?? SelectelFetchPlan.candidates(for: account)
        var refusal: ProviderError?
        for plan in candidates {
            do {
                let builder = try await fetchRows(range: range, bucket: bucket, plan: plan, into: start())
                if memory.plan == nil {
                    memory.plan = plan
                    explain(plan, after: candidates[0])
                }
                return builder
            } catch {
                guard case .rejected(400, _) = error.kind else { throw error }
                refusal = error
            }
        }
        throw refusal ?? check.error(.configuration("no fetch plan"), consumptionRequest(range: range, bucket: bucket))
    }

    /// Says once which undocumented choices the API refused.
    private func explain(_ plan: SelectelFetchPlan, after preferred: SelectelFetchPlan) {
        if let keys = plan.providerKeys, preferred.providerKeys == nil {
            account.note.fallback(
                "the API refused a request without provider_keys (400); asking for the known services "
                    + "\(keys.joined(separator: ", ")), so spend under any other service is not shown "
                    + "(name it in provider_keys to include it)")
        }
        if !plan.richGroups {
            account.note.fallback(
                "group_type=project_object_region_metric was refused (400); combining the documented group types "
                    + "object, project_metric and region_metric: every amount is counted, metrics and regions are "
                    + "shown only where they can be attributed exactly")
        }
    }

    private func fetchRows(
        range: DateRange, bucket: Bucket, plan: SelectelFetchPlan, into builder: SelectelSpendBuilder
    ) async throws(ProviderError) -> SelectelSpendBuilder {
        if plan.richGroups {
            let request = consumptionRequest(
                range: range, bucket: bucket, groupType: "project_object_region_metric", keys: plan.providerKeys)
            return try await fetch(request) { body throws(JSONError) in
                var builder = builder
                try SelectelConsumptionRow.read(body, into: &builder)
                return builder
            }
        }
        var combined = SelectelDocumentedGroups(
            objectRows: [], projectMetricRows: [], regionMetricRows: [], objects: [], projects: [])
        combined.objectRows = try await getRows(
            consumptionRequest(range: range, bucket: bucket, groupType: "object", keys: plan.providerKeys))
        combined.objects = try await fetchObjects(keys: plan.providerKeys)
        combined.projects = try await fetchProjects(keys: plan.providerKeys)
        combined.projectMetricRows = try await getRows(
            consumptionRequest(range: range, bucket: bucket, groupType: "project_metric", keys: plan.providerKeys))
        combined.regionMetricRows = try await getRows(
            consumptionRequest(range: range, bucket: bucket, groupType: "region_metric", keys: plan.providerKeys))
        var builder = builder
        for (index, row) in combined.rows().enumerated() { builder.take(row, index: index) }
        return builder
    }

    /// The preferred `consumption` request for `range`, for the configured services.
    public func consumptionRequest(range: DateRange, bucket: Bucket) -> HTTPRequest {
        consumptionRequest(
            range: range, bucket: bucket, groupType: "project_object_region_metric", keys: account.providerKeys)
    }

    /// The `consumption` request for `range`: naive datetimes in the account's zone (each
    /// converted with the zone's offset at that instant), `end` being the last bucket start
    /// included (the API counts the hour stamped at `end`).
    func consumptionRequest(range: DateRange, bucket: Bucket, groupType: String, keys: [String]?) -> HTTPRequest {
        let startHour = floorToHour(range.start)
        let lastHour = max(floorToHour(range.end.addingTimeInterval(-1)), startHour)
        var query = keyQuery(keys)
        query += [
            ("start", time.civil(startHour).description),
            ("end", time.civil(lastHour).description),
            ("locale", account.locale.rawValue),
            ("group_type", groupType),
            ("period_group_type", bucket.rawValue),
        ]
        return request("/v1/cloud_billing/statistic/consumption", query: query)
    }

    /// The account currency: `/v3/balances` once per run, else the configured currency or
    /// RUB. Never fails: the currency names the money, it is not money, so a failure here is
    /// a fallback, not a lost fetch.
    public func fetchCurrency() async -> Currency {
        let resolved = await resolveCurrency()
        if let note = resolved.fallbackNote { account.note.fallback(note) }
        return resolved.currency
    }

    /// The run's currency, asking `/v3/balances` the first time only. The fallback note is
    /// returned rather than given, so that a fetch that fails anyway reports only its failure.
    private func resolveCurrency() async -> SelectelCurrency {
        if let known = memory.currency { return known }
        var resolved: SelectelCurrency
        do {
            resolved = SelectelCurrency(currency: try await balancesCurrency())
        } catch {
            let fallback = account.currency ?? .rub
            let problem: String
            if case .malformedResponse(let detail) = error.kind { problem = detail } else { problem = error.summary }
            let source = account.currency == nil ? "RUB, the default" : "\(fallback.code), the configured currency"
            resolved = SelectelCurrency(
                currency: fallback,
                fallbackNote: "/v3/balances gave no account currency (\(problem)); amounts are read as \(source)")
        }
        memory.currency = resolved
        return resolved
    }

    /// The currency `/v3/balances` names (`settings.currency`, at the top level or under
    /// `data`); an error when it fails or names none.
    public func balancesCurrency() async throws(ProviderError) -> Currency {
        let request = request("/v3/balances", query: [])
        let balances = try await fetch(request) { body throws(JSONError) in try SelectelBalances.decode(body) }
        guard let code = balances.currencyCode else {
            throw check.error(.malformedResponse("no settings.currency"), request)
        }
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
            headers: [(account.auth.header, account.token.reveal()), ("Accept", "application/json")],
            timeout: account.timeout)
    }

    /// Every project of the account (`projects`), including those without spend; `keys` nil
    /// asks for every service.
    public func fetchProjects(keys: [String]? = nil) async throws(ProviderError) -> [SelectelProjectInfo] {
        let request = request("/v1/cloud_billing/statistic/projects", query: keyQuery(keys))
        return try await fetch(request) { body throws(JSONError) in try SelectelProjectInfo.decodeList(body) }
    }

    /// Every billed object (`objects`) with its parent and localised type name.
    public func fetchObjects(keys: [String]? = nil) async throws(ProviderError) -> [SelectelObjectInfo] {
        let request = request(
            "/v1/cloud_billing/statistic/objects", query: keyQuery(keys) + [("locale", account.locale.rawValue)])
        return try await fetch(request) { body throws(JSONError) in try SelectelObjectInfo.decodeList(body) }
    }

    private func keyQuery(_ keys: [String]?) -> [(String, String)] {
        (keys ?? []).map { ("provider_keys", $0) }
    }

    private func getRows(_ request: HTTPRequest) async throws(ProviderError) -> [SelectelConsumptionRow] {
        try await fetch(request) { body throws(JSONError) in
            try SelectelConsumptionRow.decodeList(body)
        }
    }

    /// Sends `request` (retrying transient failures) and decodes the answer with `decode`.
    private func fetch<Payload: Sendable>(
        _ request: HTTPRequest, _ decode: ([UInt8]) throws(JSONError) -> Payload
    ) async throws(ProviderError) -> Payload {
        let body = try await account.retry.run { () async throws(ProviderError) in
            let response = try await check.send(request, through: transport)
            try check.require2xx(response, for: request, credentialName: account.auth.header)
            return response.body
        }
        do {
            return try decode(body)
        } catch {
            throw check.unreadable(error.description, body: body, request)
        }
    }

    private func floorToHour(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600)
    }
}
