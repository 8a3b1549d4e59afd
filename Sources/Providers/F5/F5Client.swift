import CostCore
import Foundation

/// Reads spend from F5 Distributed Cloud's billing and usage API.
///
/// `usage_summary` carries no money, so money comes from the two priced calls of the same API,
/// whose shapes are inferred, not documented; each is reported at the grain it has — never
/// split further:
///
/// 1. `monthly_usage` gives one total per closed month. Every month overlapping the range
///    becomes one record with metric ``monthlyTotalMetric``, no service, and the month as its
///    period (a month only partly inside the range is still reported whole, with its true
///    period, because its total cannot be split). Its usage per item comes from `usage_summary`
///    over the month, as usage-only records (see below) whose money is in the monthly total.
/// 2. The rest of the range — from the end of the last closed month on — is the current
///    billing period. It is cut into whole-UTC-hour windows (``F5FetchPlan``: the view's
///    buckets in its zone), and `current_usage` is asked for each window: one record per priced
///    line, metric = the usage item (`usage_type`), period = the line's own timestamps. A line
///    reaching outside the window is clipped to it (its amount kept whole) and one lying wholly
///    outside it is dropped, each with a warning, so nothing is counted twice. When `total_cost`
///    differs from the sum of the lines (coupons, discounts), one more record with metric
///    ``adjustmentMetric`` carries the difference, so records always add up to `total_cost`.
/// 3. For every window with priced lines, `usage_summary` is asked for exactly the period the
///    lines cover (its `end_time` is inclusive, so the last second is sent). Its item of the
///    same name gives the record's service and, when the line covers that whole period, its
///    quantity (the raw usage and unit; the billing metric goes to `native`).
///
/// When a money call is refused (403, 404, 405, 410) or answers a body that cannot be read (`{}`
/// included: it is never taken for no spend), the fetch does not fail: from there on it
/// reports usage only — per item from `usage_summary`, with no amount — and says so with a
/// fallback note naming the reason (see ``usageOnlySuffix``). A usage value that is not a number is a warning; the line's money is
/// kept. Money is read by ``F5Money``'s rule. Currency is taken from each line's
/// `currency_code`, never assumed. 429 answers are retried after their `Retry-After` (seconds
/// or an HTTP date) through the account's ``RetryPolicy``, as are 5xx answers and dropped
/// connections.
///
/// `native` keys: `source` (`monthly_usage`, `current_usage`, `current_usage total_cost` or
/// `usage_summary`), `metric_labels` (the line's labels, comma-separated), `billing_value` and
/// `billing_unit` (the usage summary's billing metric for the line's item), and on usage-only
/// records `money` (`not available` or `in the monthly total`) and `money_reason`.
public struct F5Client: SpendSource {
    /// The metric of a closed month's total.
    public static let monthlyTotalMetric = "monthly total"
    /// The metric of the difference between `total_cost` and the sum of its lines.
    public static let adjustmentMetric = "discount and adjustments"
    /// Added to the item name of a usage-only record (a quantity with no amount), so no view
    /// shows it as an item that cost nothing.
    public static let usageOnlySuffix = " (usage only)"
    /// The currency of usage-only records when no money call said one: ISO 4217's code for
    /// "no currency", so their zero never joins a real currency's total.
    public static let noCurrency = Currency(code: "XXX")!
    /// The usage summary path.
    public static let usageSummaryPath = "/api/data/namespaces/system/billing/usage_summary"
    /// The current usage path.
    public static let currentUsagePath = "/api/web/namespaces/system/current_usage"
    /// The monthly usage path.
    public static let monthlyUsagePath = "/api/web/namespaces/system/monthly_usage"

    public let account: F5Account
    public var name: String { account.name }
    public var provider: ProviderKind { .f5xc }
    private let transport: any HTTPTransport
    var check: ResponseCheck { ResponseCheck(provider: .f5xc, account: account.name) }

    public init(account: F5Account, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// Fetches every cost record for `range` (a UTC half-open interval): closed months whole,
    /// the current billing period per usage item in windows of `granularity` in `zone`.
    /// `progress` is called after every answered request.
    public func fetch(_ query: FetchQuery, progress: FetchProgressHandler? = nil) async throws(ProviderError)
        -> SpendStore
    {
        let (range, granularity, zone) = (query.range, query.granularity, query.zone)
        var records = SpendStore()
        guard !range.isEmpty else { return records }
        var tally = F5FetchTally(report: progress)
        let months: [F5MonthlyUsageItem]
        do {
            months = try await send(monthlyUsageRequest(), decode: F5MonthlyUsageItem.decode)
        } catch {
            guard Self.withholdsMoney(error) else { throw error }
            let windows = planWindows(range, granularity: granularity, zone: zone)
            tally.plan(1 + windows.count)
            tally.answered(rows: 0)
            try await usageOnly(windows, currency: nil, because: error, tally: &tally, to: &records)
            return records
        }
        let closed = months.filter { $0.start < range.end && $0.end > range.start }
        let closedUntil = months.map(\.end).max() ?? range.start
        let windows = planWindows(
            DateRange(start: max(range.start, closedUntil), end: range.end), granularity: granularity, zone: zone)
        tally.plan(1 + closed.count + 2 * windows.count)
        tally.answered(rows: months.count)
        for month in closed {
            appendMonth(month, to: &records)
            try await appendUsage(of: month, tally: &tally, to: &records)
        }
        var currency = months.last?.currency
        for (index, window) in windows.enumerated() {
            let answer: F5CurrentUsage
            do {
                answer = try await send(currentUsageRequest(window: window), decode: F5CurrentUsage.decode)
            } catch {
                guard Self.withholdsMoney(error) else { throw error }
                tally.expect(-(windows.count - index))
                let rest = Array(windows[index...])
                try await usageOnly(rest, currency: currency, because: error, tally: &tally, to: &records)
                return records
            }
            currency = answer.items.first?.currency ?? currency
            let lines = keptLines(answer, window: window)
            guard let covered = Self.span(lines.map(\.period)) else {
                try requireNoUnattributedTotal(answer, request: currentUsageRequest(window: window))
                tally.answered(rows: answer.items.count, skipping: 1)
                continue
            }
            tally.answered(rows: answer.items.count)
            let usage = try await send(usageSummaryRequest(window: covered), decode: F5UsageSummaryItem.decode)
            tally.answered(rows: usage.count)
            warnUnreadable(usage)
            appendLines(lines, covered: covered, usage: usage, to: &records)
            appendAdjustment(answer, lines: lines, covered: covered, to: &records)
        }
        return records
    }

    /// The request windows covering `part`.
    private func planWindows(_ part: DateRange, granularity: Granularity, zone: TimeZone) -> [DateRange] {
        F5FetchPlan.windows(
            covering: part, granularity: granularity, zone: zone, maxWindows: account.maxWindowsPerFetch)
    }

    /// Whether `error` means the money calls are not available to this account (refused, or an
    /// answer without the list of priced lines: `{}`, an error object sent with 200) rather than
    /// a failure worth reporting as one: then usage is shown without money. 401, 429, 5xx,
    /// transport failures and a broken answer are not, and neither is money that cannot be read
    /// exactly: a money field stays strict.
    static func withholdsMoney(_ error: ProviderError) -> Bool {
        switch error.kind {
        case .forbidden: true
        case .malformedResponse(let detail):
            detail.contains(F5CurrentUsage.missingList) || detail.contains(F5MonthlyUsageItem.missingList)
        case .rejected(let status, _): [404, 405, 410].contains(status)
        default: false
        }
    }

    /// `POST …/billing/usage_summary` for `window`: `start_time` is its start and `end_time` its
    /// last second, because the API includes samples stamped at `end_time`.
    public func usageSummaryRequest(window: DateRange) -> HTTPRequest {
        let start = F5Timestamp.format(window.start)
        let end = F5Timestamp.format(max(window.start, window.end.addingTimeInterval(-1)))
        return post(Self.usageSummaryPath, body: "{\"start_time\":\"\(start)\",\"end_time\":\"\(end)\"}")
    }

    /// `POST …/current_usage` for `window` (`from` inclusive, `to` exclusive).
    public func currentUsageRequest(window: DateRange) -> HTTPRequest {
        let from = F5Timestamp.format(window.start)
        let to = F5Timestamp.format(window.end)
        return post(
            Self.currentUsagePath,
            body: "{\"namespace\":\"\(F5Account.namespace)\",\"from\":\"\(from)\",\"to\":\"\(to)\"}")
    }

    /// `POST …/monthly_usage`.
    public func monthlyUsageRequest() -> HTTPRequest {
        post(Self.monthlyUsagePath, body: "{\"namespace\":\"\(F5Account.namespace)\"}")
    }

    private func post(_ path: String, body: String) -> HTTPRequest {
        HTTPRequest(
            method: "POST",
            url: account.endpoint.url(path),
            headers: [
                ("Authorization", "APIToken \(account.token.reveal())"),
                ("Content-Type", "application/json"),
                ("Accept", "application/json"),
            ],
            body: Array(body.utf8),
            timeout: account.timeout)
    }

    /// Sends `request` (with retries) and decodes a 2xx body.
    func send<Payload: Sendable>(
        _ request: HTTPRequest, decode: ([UInt8]) throws(JSONError) -> Payload
    ) async throws(ProviderError) -> Payload {
        let response = try await account.retry.run { () async throws(ProviderError) -> HTTPResponse in
            let response = try await check.send(request, through: transport)
            try check.require2xx(response, for: request, credentialName: "API token")
            return response
        }
        do {
            return try decode(response.body)
        } catch {
            throw check.unreadable(error.description, body: response.body, request)
        }
    }
}
