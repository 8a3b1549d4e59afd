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
public struct CloudRuClient: SpendSource {
    public let account: CloudRuAccount
    public var name: String { account.name }
    public var provider: ProviderKind { .cloudru }
    let transport: any HTTPTransport
    let tokens: CloudRuTokenSource
    /// The API version in use: the configured one until v2 answers 404.
    let versions: CloudRuVersionChoice
    var check: ResponseCheck { ResponseCheck(provider: .cloudru, account: account.name) }

    /// How many queries run at the same time.
    static let concurrentQueries = 4
    /// A guard against a server that never stops paging.
    static let maxPagesPerQuery = 10_000

    public init(account: CloudRuAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
        self.tokens = CloudRuTokenSource(account: account, transport: transport)
        self.versions = CloudRuVersionChoice(account.apiVersion)
    }

    /// Fetches every record of the days whose noon (UTC) lies in `range`. Cloud.ru bills whole days,
    /// so `granularity` and `zone` do not change what is requested; which day a row belongs to is
    /// the account's rule (``CloudRuUseDay``).
    public func fetch(_ query: FetchQuery, progress: FetchProgressHandler? = nil) async throws(ProviderError)
        -> SpendStore
    {
        let range = query.range
        guard let window = CloudRuDayWindow(covering: range) else { return SpendStore() }
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
            try await fetchQuery(scope: scope, window: window, counter: counter)
        }
    }

    /// Runs `operation` on every query, at most ``concurrentQueries`` at a time, and joins the
    /// stores in query order, each as soon as those before it are in, so finished queries are
    /// not held twice. The first failure cancels the rest and is thrown.
    private func runConcurrently(
        _ queries: [(CloudRuQueryScope, CloudRuDayWindow)],
        _ operation:
            @escaping @Sendable ((CloudRuQueryScope, CloudRuDayWindow)) async throws(ProviderError) -> SpendStore
    ) async throws(ProviderError) -> SpendStore {
        var joined = SpendStore()
        do {
            try await withThrowingTaskGroup(of: (Int, SpendStore).self) { group in
                var waiting: [Int: SpendStore] = [:]
                var nextToJoin = 0
                var next = 0
                func startNext() {
                    guard next < queries.count else { return }
                    let index = next
                    let query = queries[index]
                    group.addTask { (index, try await operation(query)) }
                    next += 1
                }
                for _ in 0..<Self.concurrentQueries { startNext() }
                while let (index, store) = try await group.next() {
                    waiting[index] = store
                    while let ready = waiting.removeValue(forKey: nextToJoin) {
                        // Grown by doubling: joining reserves only what it adds, which would copy
                        // the columns again for every query.
                        if !joined.isEmpty { joined.reserveCapacity(max(joined.count + ready.count, joined.count * 2)) }
                        joined.append(contentsOf: ready)
                        nextToJoin += 1
                    }
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
        return joined
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
}
