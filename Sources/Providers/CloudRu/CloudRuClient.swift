import CostCore
import Foundation

/// Reads spend from Cloud.ru's consumption API (v1 or v2).
///
/// Rows carry no project id, so an account configured with `project_ids` is read one
/// project at a time and each row is attributed to the project it was asked for; an
/// account with only an `agreement_id` is read in one query and its rows have no project.
/// Ranges longer than ``CloudRuAccount/maxDaysPerQuery`` are split; every query is paged
/// to the end (see `CloudRuClient+Paging.swift` for what the client does when the API
/// disagrees with it). v2 rows are upserted by `encode_id` (the latest `updated_dt` wins) and
/// rows a restatement deleted are dropped.
///
/// Records (one per row): project = the queried project, service = `servname`, object =
/// the resource (`resource_id`, `resource_name`, typed by its service), metric = the SKU,
/// region = `meta.availability_zone`, quantity = `usefact` in `unit`, period = the day of
/// `usedate` (``CloudRuUseDay``), amount = `amount_nds` (with VAT) or `amount` per
/// ``CloudRuAccount/includeVAT``, in RUB. `native` keeps `tariff` (the wire's `cost`, a price
/// per unit, never summed), the other of the two amounts (`amount_without_vat` or
/// `amount_with_vat`), `platform`, `dog_id`, `dmid`, `encode_id` and every `meta` key as
/// `meta.<key>`.
public struct CloudRuClient: Sendable {
    /// The account.
    public let account: CloudRuAccount
    let transport: any HTTPTransport
    let tokens: CloudRuTokenSource
    /// The API version in use: the configured one until v2 answers 404.
    let versions: CloudRuVersionChoice
    var check: ResponseCheck { ResponseCheck(provider: .cloudru, account: account.name) }

    /// How many queries run at the same time.
    static let concurrentQueries = 4
    /// A guard against a server that never stops paging.
    static let maxPagesPerQuery = 10_000

    /// Creates a client.
    public init(account: CloudRuAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
        self.tokens = CloudRuTokenSource(account: account, transport: transport)
        self.versions = CloudRuVersionChoice(account.apiVersion)
    }

    /// Fetches every record of the days whose noon (UTC) lies in `range`. Cloud.ru bills whole days,
    /// so `granularity` and `zone` do not change what is requested; which day a row belongs to is
    /// the account's rule (``CloudRuUseDay``).
    public func fetchSpend(
        range: DateRange, granularity: Granularity, zone: TimeZone, progress: FetchProgressHandler? = nil
    ) async throws(ProviderError) -> [CostRecord] {
        // Each query's rows become records as soon as the query ends, so a long range never
        // holds every row and every record at once.
        let results = try await fetchQueries(range: range, progress: progress) { scope, rows -> [CostRecord] in
            var days = CloudRuUseDay(zone: account.zone)
            return rows.map { record(from: $0, projectID: scope.projectID, day: days.day(of: $0.useDate)) }
        }
        var records: [CostRecord] = []
        records.reserveCapacity(results.reduce(0) { $0 + $1.count })
        for result in results { records.append(contentsOf: result) }
        return records
    }

    /// Every live row of the days whose noon (UTC) lies in `range`, with the project it was queried for.
    public func fetchRows(range: DateRange, progress: FetchProgressHandler? = nil) async throws(ProviderError)
        -> [(row: CloudRuConsumptionRow, projectID: String?)]
    {
        let results = try await fetchQueries(range: range, progress: progress) { scope, rows in
            rows.map { (row: $0, projectID: scope.projectID) }
        }
        var rows: [(row: CloudRuConsumptionRow, projectID: String?)] = []
        rows.reserveCapacity(results.reduce(0) { $0 + $1.count })
        for result in results { rows.append(contentsOf: result) }
        return rows
    }

    /// Runs every query the range needs and hands each one's rows to `transform` as soon as
    /// it ends; the results are in query order.
    private func fetchQueries<Output: Sendable>(
        range: DateRange, progress: FetchProgressHandler?,
        transform: @escaping @Sendable (CloudRuQueryScope, [CloudRuConsumptionRow]) -> [Output]
    ) async throws(ProviderError) -> [[Output]] {
        guard let window = CloudRuDayWindow(covering: range) else { return [] }
        let scopes: [CloudRuQueryScope]
        if !account.projectIDs.isEmpty {
            scopes = account.projectIDs.map { .project($0) }
        } else if let agreement = account.agreementID, !agreement.isEmpty {
            scopes = [.agreement(agreement)]
        } else {
            throw ProviderError(
                provider: .cloudru, account: account.name, endpoint: "",
                kind: .configuration("neither agreement_id nor project_ids is set"),
                advice: "Set agreement_id (organisation admin) or project_ids (project admin) for this account")
        }
        let queries = scopes.flatMap { scope in window.split(maxDays: account.maxDaysPerQuery).map { (scope, $0) } }
        let counter = CloudRuProgressCounter(planned: queries.count, handler: progress)
        return try await runConcurrently(queries) { (scope, window) async throws(ProviderError) in
            transform(scope, try await fetchQuery(scope: scope, window: window, counter: counter))
        }
    }

    /// Runs `operation` on every query, at most ``concurrentQueries`` at a time, keeping
    /// the results in query order. The first failure cancels the rest and is thrown.
    private func runConcurrently<Output: Sendable>(
        _ queries: [(CloudRuQueryScope, CloudRuDayWindow)],
        _ operation: @escaping @Sendable ((CloudRuQueryScope, CloudRuDayWindow)) async throws(ProviderError) -> [Output]
    ) async throws(ProviderError) -> [[Output]] {
        var results = [[Output]](repeating: [], count: queries.count)
        do {
            try await withThrowingTaskGroup(of: (Int, [Output]).self) { group in
                var next = 0
                func startNext() {
                    guard next < queries.count else { return }
                    let index = next
                    let query = queries[index]
                    group.addTask { (index, try await operation(query)) }
                    next += 1
                }
                for _ in 0..<Self.concurrentQueries { startNext() }
                while let (index, rows) = try await group.next() {
                    results[index] = rows
                    startNext()
                }
            }
        } catch let error as ProviderError {
            throw error
        } catch {
            throw ProviderError(
                provider: .cloudru, account: account.name, endpoint: "GET \(account.apiVersion.path)",
                kind: .transport(.cancelled))
        }
        return results
    }

    /// Rows with one entry per `encode_id` (the latest `updated_dt` wins, the first on a tie),
    /// deleted rows removed, order kept. Rows without a key are all kept.
    public static func upserted(_ rows: [CloudRuConsumptionRow]) -> [CloudRuConsumptionRow] {
        var positions: [String: Int] = [:]
        var kept: [CloudRuConsumptionRow] = []
        kept.reserveCapacity(rows.count)
        for row in rows {
            guard let key = row.encodeID else {
                kept.append(row)
                continue
            }
            if let position = positions[key] {
                let earlier = kept[position].updatedAt ?? .distantPast
                if (row.updatedAt ?? .distantPast) > earlier { kept[position] = row }
            } else {
                positions[key] = kept.count
                kept.append(row)
            }
        }
        return kept.filter { !$0.isDeleted }
    }

    /// What to do about one of the 500 messages Cloud.ru documents, or nil for others.
    static func advice(forDocumentedFailure message: String) -> String? {
        switch message.lowercased() {
        case let text where text.contains("failed to get consumption"):
            "Shorten the date range (Cloud.ru keeps the last three calendar months) and keep pages at most 30,000 rows"
        case let text where text.contains("failed to get agreement"):
            "Check agreement_id for this account: Cloud.ru does not know it, or the key may not read it"
        case let text where text.contains("failed to get projects"):
            "Check project_ids for this account: one of them is unknown or not readable with this key"
        default:
            nil
        }
    }

    /// The record for one row, on `day` (days since 1970) or, without one, the day
    /// ``CloudRuUseDay`` gives the row's `usedate`.
    func record(from row: CloudRuConsumptionRow, projectID: String?, day: Int? = nil) -> CostRecord {
        var native: [String: String] = [:]
        native.reserveCapacity(6 + row.meta.count)
        if let tariff = row.tariff { native["tariff"] = tariff.description }
        if account.includeVAT {
            native["amount_without_vat"] = row.amount.description
        } else {
            native["amount_with_vat"] = row.amountWithVAT.description
        }
        if let key = row.encodeID { native["encode_id"] = key }
        if let platform = row.platform { native["platform"] = platform }
        if let agreement = row.agreement { native["dog_id"] = agreement }
        if let dmid = row.dmid { native["dmid"] = dmid }
        for field in row.meta { native[field.nativeKey] = field.value }
        let objectID = row.resourceID ?? row.resourceName
        var days = CloudRuUseDay(zone: account.zone)
        let dayNumber = day ?? days.day(of: row.useDate)
        let day = Date(timeIntervalSince1970: TimeInterval(dayNumber) * 86_400)
        return CostRecord(
            provider: .cloudru,
            account: account.name,
            project: projectID.map { EntityRef(id: $0, name: account.projectNames[$0]) },
            object: objectID.map { ObjectRef(id: $0, name: row.resourceName, type: row.serviceName) },
            metric: EntityRef(id: row.sku),
            region: row.availabilityZone,
            service: row.serviceName,
            period: DateRange(start: day, end: day.addingTimeInterval(86_400)),
            amount: Money(account.includeVAT ? row.amountWithVAT : row.amount, .rub),
            quantity: row.quantity,
            unit: row.unit,
            native: native)
    }
}
