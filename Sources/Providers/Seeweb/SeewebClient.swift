import CostCore
import Foundation

/// Reads spend from Seeweb ECS's billing API: `GET /ecs/v2/billing/servers/{year}/{month}` and
/// `GET /ecs/v2/billing/templates/{year}/{month}` with `?type=json|csv` and `X-APITOKEN`.
///
/// The API's only grain is a calendar month, cut in the account's zone
/// (``SeewebAccount/zone``, `Europe/Rome` by default). A fetch asks for every month that
/// overlaps the range and has started (months after "now" are refused by the API and never
/// requested), servers and templates alike: a month's Seeweb bill is both. Records always
/// cover whole months — they are neither prorated nor clipped to the range — so the
/// `granularity` and display `zone` of a fetch do not change what is requested.
///
/// Records, all in ``SeewebAccount/currency`` (EUR unless configured: Seeweb's answers name no
/// currency) with `period` = the month's UTC boundaries:
///
/// - Servers: one record per non-zero part of a server's month. `project` = the group (none
///   for a server outside any group), `object` = the server (id `name`, name `notes` when not
///   empty, type `server`), `service` = the plan, `metric` = `online`, `offline` or
///   `reserved <reserved_plan>`, `quantity` = the part's hours (unit `h`), `amount` = the
///   part's price. When the parts do not add up to `cost`, a `rounding` record (no quantity)
///   carries the difference, so a server's records always total exactly its `cost`. A server
///   sent without any part (a CSV with only `cost`) is one `month` record of its cost.
/// - Templates: one record each: `object` = the template (type `template`), `service` and
///   `metric` = `template`, `amount` = `cost`.
///
/// `native` keys: `year`, `month` (the billing month) and `part` (`online`, `offline`,
/// `reserved`, `rounding`, `month` or `template`) on every record. On server records also, when sent:
/// `cost` (the server's whole month), `original_cost`, `billed_hours`, `status`,
/// `creation_date`, `deletion_date`, `offline_discount` (percent) and `offline_reduction`;
/// on reserved records `reserved_plan`, `reserved_discount` (percent), `reserved_reduction`,
/// `reserved_start_date` and `reserved_end_date`. On template records `status`,
/// `creation_date` and `deletion_date`. Amounts are exact decimal text, dates as sent.
public struct SeewebClient: SpendSource {
    /// The path of server consumption; `/{year}/{month}` follows.
    public static let serversPath = "/ecs/v2/billing/servers"
    /// The path of template consumption; `/{year}/{month}` follows.
    public static let templatesPath = "/ecs/v2/billing/templates"

    public let account: SeewebAccount
    public var name: String { account.name }
    public var provider: ProviderKind { .seeweb }
    private let transport: any HTTPTransport
    private var check: ResponseCheck { ResponseCheck(provider: .seeweb, account: account.name) }

    public init(account: SeewebAccount, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// Fetches every server and template record of the months overlapping `range`.
    ///
    /// `granularity` and `zone` are accepted for the common fetch shape and ignored: the API
    /// has one grain, the month in ``SeewebAccount/zone``. `progress` is called after each
    /// answered request (two per month).
    public func fetch(_ query: FetchQuery, progress: FetchProgressHandler? = nil) async throws(ProviderError)
        -> SpendStore
    {
        let range = query.range
        let months = billingMonths(overlapping: range)
        var records = SpendStore()
        var requestsDone = 0
        var rows = 0
        func report() {
            progress?(FetchProgress(requestsDone: requestsDone, requestsPlanned: months.count * 2, rows: rows))
        }
        for month in months {
            let builder = SeewebRecordBuilder(account: account.name, currency: account.currency, month: month)
            let servers = try await fetchServers(month)
            requestsDone += 1
            rows += servers.count
            report()
            for server in servers { builder.append(server, to: &records) }
            let templates = try await fetchTemplates(month)
            requestsDone += 1
            rows += templates.count
            report()
            for template in templates { builder.append(template, to: &records) }
        }
        return records
    }

    /// The billing months that overlap `range` and have started by ``SeewebAccount/now``,
    /// oldest first, each with its UTC boundaries in ``SeewebAccount/zone``.
    public func billingMonths(overlapping range: DateRange) -> [SeewebBillingMonth] {
        guard range.start < range.end else { return [] }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = account.zone
        let now = account.now()
        let first = calendar.dateComponents([.year, .month], from: range.start)
        guard var start = calendar.date(from: first) else { return [] }
        var months: [SeewebBillingMonth] = []
        while start < range.end && start <= now && months.count < 12_000 {
            guard let end = calendar.date(byAdding: .month, value: 1, to: start), end > start else { break }
            let components = calendar.dateComponents([.year, .month], from: start)
            guard let year = components.year, let month = components.month else { break }
            months.append(SeewebBillingMonth(year: year, month: month, period: DateRange(start: start, end: end)))
            start = end
        }
        return months
    }

    /// The server rows of `month`.
    public func fetchServers(_ month: SeewebBillingMonth) async throws(ProviderError) -> [SeewebServerMonth] {
        let request = request(Self.serversPath, month)
        let body = try await fetch(request)
        switch account.format {
        case .json:
            do throws(JSONError) {
                return try SeewebJSONDecoder.servers(body, warn: account.note.warn)
            } catch {
                throw check.unreadable(error.description, body: body, request)
            }
        case .csv:
            do throws(SeewebCSVError) {
                return try SeewebCSVDecoder.servers(body, warn: account.note.warn)
            } catch {
                throw check.unreadable("CSV \(error.description)", body: body, request)
            }
        }
    }

    /// The template rows of `month`.
    public func fetchTemplates(_ month: SeewebBillingMonth) async throws(ProviderError) -> [SeewebTemplateMonth] {
        let request = request(Self.templatesPath, month)
        let body = try await fetch(request)
        switch account.format {
        case .json:
            do throws(JSONError) {
                return try SeewebJSONDecoder.templates(body, warn: account.note.warn)
            } catch {
                throw check.unreadable(error.description, body: body, request)
            }
        case .csv:
            do throws(SeewebCSVError) {
                return try SeewebCSVDecoder.templates(body, warn: account.note.warn)
            } catch {
                throw check.unreadable("CSV \(error.description)", body: body, request)
            }
        }
    }

    /// The request for `path/{year}/{month}?type=…`.
    public func request(_ path: String, _ month: SeewebBillingMonth) -> HTTPRequest {
        let accept = account.format == .json ? "application/json" : "text/csv"
        return HTTPRequest(
            url: account.endpoint.url(
                "\(path)/\(month.year)/\(month.month)", query: [("type", account.format.rawValue)]),
            headers: [("X-APITOKEN", account.token.reveal()), ("Accept", accept)],
            timeout: account.timeout)
    }

    /// The body of a 2xx answer to `request`, retrying transient failures.
    private func fetch(_ request: HTTPRequest) async throws(ProviderError) -> [UInt8] {
        try await account.retry.run { () async throws(ProviderError) in
            let response = try await check.send(request, through: transport)
            try check.require2xx(response, for: request, credentialName: "X-APITOKEN")
            return response.body
        }
    }
}
