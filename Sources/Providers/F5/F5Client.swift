import CostCore
import Foundation

/// Reads spend from F5 Distributed Cloud's billing and usage API.
///
/// `usage_summary` carries no money, so money comes from the two priced calls of the same API,
/// and each is reported at the grain it has — never split further:
///
/// 1. `monthly_usage` gives one total per closed month. Every month overlapping the range
///    becomes one record with metric ``monthlyTotalMetric``, no service, and the month as its
///    period (a month only partly inside the range is still reported whole, with its true
///    period, because its total cannot be split).
/// 2. The rest of the range — from the end of the last closed month on — is the current
///    billing period. It is cut into whole-UTC-hour windows (``F5FetchPlan``: the view's
///    buckets in its zone), and `current_usage` is asked for each window: one record per priced
///    line, metric = the usage item (`usage_type`), period = the line's own timestamps (which
///    must lie inside the window asked for, or the answer is refused rather than counted
///    twice). When `total_cost` differs from the sum of the lines (coupons, discounts), one
///    more record with metric ``adjustmentMetric`` carries the difference, so records always
///    add up to `total_cost`.
/// 3. For every window with priced lines, `usage_summary` is asked for exactly the period the
///    lines cover (its `end_time` is inclusive, so the last second is sent). Its item of the
///    same name gives the record's service and, when the line covers that whole period, its
///    quantity (the raw usage and unit; the billing metric goes to `native`).
///
/// Currency is taken from each line's `currency_code`, never assumed. 429 answers are retried
/// after their `Retry-After` through the account's ``RetryPolicy``, as are 5xx answers and
/// dropped connections.
///
/// `native` keys: `source` (`monthly_usage`, `current_usage` or `current_usage total_cost`),
/// `metric_labels` (the line's labels, comma-separated), `billing_value` and `billing_unit`
/// (the usage summary's billing metric for the line's item).
public struct F5Client: Sendable {
    /// The metric of a closed month's total.
    public static let monthlyTotalMetric = "monthly total"
    /// The metric of the difference between `total_cost` and the sum of its lines.
    public static let adjustmentMetric = "discount and adjustments"
    /// The usage summary path.
    public static let usageSummaryPath = "/api/data/namespaces/system/billing/usage_summary"
    /// The current usage path.
    public static let currentUsagePath = "/api/web/namespaces/system/current_usage"
    /// The monthly usage path.
    public static let monthlyUsagePath = "/api/web/namespaces/system/monthly_usage"

    /// The account.
    public let account: F5Account
    private let transport: any HTTPTransport
    private var check: ResponseCheck { ResponseCheck(provider: .f5xc, account: account.name) }

    /// Creates a client.
    public init(account: F5Account, transport: any HTTPTransport) {
        self.account = account
        self.transport = transport
    }

    /// Fetches every cost record for `range` (a UTC half-open interval): closed months whole,
    /// the current billing period per usage item in windows of `granularity` in `zone`.
    /// `progress` is called after every answered request.
    public func fetchSpend(
        range: DateRange, granularity: Granularity, zone: TimeZone, progress: FetchProgressHandler? = nil
    ) async throws(ProviderError) -> [CostRecord] {
        guard !range.isEmpty else { return [] }
        let monthsRequest = monthlyUsageRequest()
        let months = try await send(monthsRequest, decode: F5MonthlyUsageItem.decode)
        var done = 1
        var rows = months.count
        var records = months.filter { $0.start < range.end && $0.end > range.start }.map(monthRecord)
        let closedUntil = months.map(\.end).max() ?? range.start
        let currentPart = DateRange(start: max(range.start, closedUntil), end: range.end)
        let windows = F5FetchPlan.windows(
            covering: currentPart, granularity: granularity, zone: zone, maxWindows: account.maxWindowsPerFetch)
        var planned = 1 + 2 * windows.count
        progress?(FetchProgress(requestsDone: done, requestsPlanned: planned, rows: rows))
        for window in windows {
            let request = currentUsageRequest(window: window)
            let answer = try await send(request, decode: F5CurrentUsage.decode)
            done += 1
            rows += answer.items.count
            let periods = try linePeriods(answer, window: window, request: request)
            guard let covered = Self.span(periods) else {
                try requireNoUnattributedTotal(answer, request: request)
                planned -= 1
                progress?(FetchProgress(requestsDone: done, requestsPlanned: planned, rows: rows))
                continue
            }
            progress?(FetchProgress(requestsDone: done, requestsPlanned: planned, rows: rows))
            let usage = try await send(usageSummaryRequest(window: covered), decode: F5UsageSummaryItem.decode)
            done += 1
            rows += usage.count
            progress?(FetchProgress(requestsDone: done, requestsPlanned: planned, rows: rows))
            records += lineRecords(answer, periods: periods, covered: covered, usage: usage)
            if let adjustment = adjustmentRecord(answer, covered: covered) { records.append(adjustment) }
        }
        return records
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
    private func send<Payload: Sendable>(
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

    /// The period of every line: its own timestamps (the window's bounds where one is missing),
    /// which must lie inside `window`.
    private func linePeriods(_ answer: F5CurrentUsage, window: DateRange, request: HTTPRequest)
        throws(ProviderError) -> [DateRange]
    {
        var periods: [DateRange] = []
        for (index, line) in answer.items.enumerated() {
            let start = line.start ?? window.start
            let end = line.end ?? window.end
            guard window.start <= start, start < end, end <= window.end else {
                let period = DateRange(start: start, end: end)
                throw check.error(
                    .malformedResponse(
                        "usage_items[\(index)]: the period \(period) is not inside the requested window \(window)"),
                    request)
            }
            periods.append(DateRange(start: start, end: end))
        }
        return periods
    }

    /// A non-zero `total_cost` with no lines has no currency to report it in.
    private func requireNoUnattributedTotal(_ answer: F5CurrentUsage, request: HTTPRequest) throws(ProviderError) {
        guard let total = answer.totalCost, !total.isZero else { return }
        throw check.error(
            .malformedResponse("total_cost is \(total) but there are no usage_items to take its currency from"),
            request)
    }

    /// The earliest start to the latest end of `periods`; nil when there are none.
    private static func span(_ periods: [DateRange]) -> DateRange? {
        guard let start = periods.map(\.start).min(), let end = periods.map(\.end).max() else { return nil }
        return DateRange(start: start, end: end)
    }

    private func monthRecord(_ month: F5MonthlyUsageItem) -> CostRecord {
        CostRecord(
            provider: .f5xc, account: account.name,
            metric: EntityRef(id: Self.monthlyTotalMetric, name: Self.monthlyTotalMetric),
            period: DateRange(start: month.start, end: month.end),
            amount: Money(month.amount, month.currency),
            native: ["source": "monthly_usage"])
    }

    /// One record per line, with service and quantity from the usage summary where they can be
    /// attributed exactly (one summary item of that name, one line of that item).
    private func lineRecords(
        _ answer: F5CurrentUsage, periods: [DateRange], covered: DateRange, usage: [F5UsageSummaryItem]
    ) -> [CostRecord] {
        let summaries = Dictionary(grouping: usage, by: \.name)
        let linesPerType = Dictionary(answer.items.compactMap(\.usageType).map { ($0, 1) }, uniquingKeysWith: +)
        return zip(answer.items, periods).map { line, period in
            let label =
                line.usageType ?? (line.metricLabels.isEmpty ? "usage" : line.metricLabels.joined(separator: ", "))
            var native = ["source": "current_usage"]
            if !line.metricLabels.isEmpty { native["metric_labels"] = line.metricLabels.joined(separator: ", ") }
            var service: String?
            var quantity: Amount?
            var unit: String?
            if let type = line.usageType, let matches = summaries[type], matches.count == 1, let summary = matches.first
            {
                service = summary.service
                if let value = summary.billingValue { native["billing_value"] = value.description }
                if let billingUnit = summary.billingUnit { native["billing_unit"] = billingUnit }
                if period == covered, linesPerType[type] == 1 {
                    quantity = summary.usageValue ?? summary.billingValue
                    unit = summary.usageValue != nil ? summary.usageUnit : summary.billingUnit
                }
            }
            return CostRecord(
                provider: .f5xc, account: account.name, metric: EntityRef(id: label, name: label), service: service,
                period: period, amount: Money(line.amount, line.currency), quantity: quantity, unit: unit,
                native: native)
        }
    }

    /// The difference between `total_cost` and the lines, when there is one and all lines share
    /// a currency (with several currencies the total cannot be attributed, so none is made).
    private func adjustmentRecord(_ answer: F5CurrentUsage, covered: DateRange) -> CostRecord? {
        guard let total = answer.totalCost, let currency = answer.items.first?.currency,
            answer.items.allSatisfy({ $0.currency == currency })
        else { return nil }
        let difference = total - answer.items.reduce(Amount.zero) { $0 + $1.amount }
        guard !difference.isZero else { return nil }
        return CostRecord(
            provider: .f5xc, account: account.name,
            metric: EntityRef(id: Self.adjustmentMetric, name: Self.adjustmentMetric),
            period: covered, amount: Money(difference, currency),
            native: ["source": "current_usage total_cost"])
    }
}
