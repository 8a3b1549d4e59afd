import CostCore
import Foundation

// Priced lines of `current_usage` and closed months of `monthly_usage` as records.
extension F5Client {
    /// The lines of `answer` that belong to `window`, with their periods (the window's bounds
    /// where a line has none). The window's own answer should hold only lines inside it; one
    /// reaching outside is clipped to it with its amount kept whole, and one lying wholly outside
    /// is dropped (another window's answer holds it), each with a warning once per run that
    /// names the first such line.
    func keptLines(_ answer: F5CurrentUsage, window: DateRange) -> [F5KeptLine] {
        var kept: [F5KeptLine] = []
        for (index, line) in answer.items.enumerated() {
            let period = DateRange(start: line.start ?? window.start, end: line.end ?? window.end)
            if window.start <= period.start, period.end <= window.end {
                kept.append(F5KeptLine(line: line, period: period))
            } else if period.start < window.end, period.end > window.start {
                account.note.warn(
                    "current_usage lines reach outside the windows asked for (start_timestamp, end_timestamp; "
                        + "the first: \(Self.lineName(line)) covers \(period)); each is counted in the part inside "
                        + "its window, its amount kept whole",
                    topic: "current_usage line reaching outside its window")
                let clipped = DateRange(start: max(period.start, window.start), end: min(period.end, window.end))
                kept.append(F5KeptLine(line: line, period: clipped))
            } else {
                account.note.warn(
                    "current_usage answers hold lines wholly outside the window asked for (the first: "
                        + "usage_items[\(index)] \(Self.lineName(line)) covers \(period), outside \(window), "
                        + "\(line.amount) \(line.currency)); such lines are skipped, as each belongs to another "
                        + "window's answer",
                    topic: "current_usage line outside its window")
            }
        }
        return kept
    }

    /// A line's usage item, quoted, for messages.
    private static func lineName(_ line: F5CurrentUsageItem) -> String {
        ServerText.quote(line.usageType ?? line.metricLabels.joined(separator: ", "))
    }

    /// A non-zero `total_cost` with no lines has no currency to report it in.
    func requireNoUnattributedTotal(_ answer: F5CurrentUsage, request: HTTPRequest) throws(ProviderError) {
        guard let total = answer.totalCost else { return }
        let rest = total - answer.items.reduce(Amount.zero) { $0 + $1.amount }
        guard !rest.isZero else { return }
        throw check.error(
            .malformedResponse("total_cost is \(total) but there are no usage_items to take its currency from"),
            request)
    }

    /// The earliest start to the latest end of `periods`; nil when there are none.
    static func span(_ periods: [DateRange]) -> DateRange? {
        guard let start = periods.map(\.start).min(), let end = periods.map(\.end).max() else { return nil }
        return DateRange(start: start, end: end)
    }

    /// One record of a closed month's total.
    func appendMonth(_ month: F5MonthlyUsageItem, to store: inout SpendStore) {
        append(
            metric: Self.monthlyTotalMetric, period: DateRange(start: month.start, end: month.end),
            amount: Money(month.amount, month.currency), native: ["source": "monthly_usage"], to: &store)
    }

    /// Appends one record of the account, its metric named `metric`.
    func append(
        metric: String, service: String? = nil, period: DateRange, amount: Money, quantity: Amount? = nil,
        unit: String? = nil, native: [String: String], to store: inout SpendStore
    ) {
        let code = store.seriesCode(
            provider: .f5xc, account: account.name, metric: EntityRef(id: metric, name: metric), service: service,
            unit: unit, currency: amount.currency, native: native)
        store.append(
            series: code, period: period, amount: amount.amount, quantity: quantity)
    }

    /// One record per line, with service and quantity from the usage summary where they can be
    /// attributed exactly (one summary item of that name, one line of that item).
    func appendLines(
        _ lines: [F5KeptLine], covered: DateRange, usage: [F5UsageSummaryItem], to store: inout SpendStore
    ) {
        let summaries = Dictionary(grouping: usage, by: \.name)
        let linesPerType = Dictionary(lines.compactMap(\.line.usageType).map { ($0, 1) }, uniquingKeysWith: +)
        for kept in lines {
            let line = kept.line
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
                if kept.period == covered, linesPerType[type] == 1 {
                    quantity = summary.usageValue ?? summary.billingValue
                    unit = summary.usageValue != nil ? summary.usageUnit : summary.billingUnit
                }
            }
            append(
                metric: label, service: service, period: kept.period, amount: Money(line.amount, line.currency),
                quantity: quantity, unit: unit, native: native, to: &store)
        }
    }

    /// The difference between `total_cost` and the lines, when there is one and all lines share
    /// a currency (with several currencies the total cannot be attributed, so none is made).
    /// A total that equals either every line answered or only the lines kept has nothing left
    /// over: whether `total_cost` counts a line outside the window is not known.
    func appendAdjustment(
        _ answer: F5CurrentUsage, lines: [F5KeptLine], covered: DateRange, to store: inout SpendStore
    ) {
        guard let total = answer.totalCost, let currency = answer.items.first?.currency,
            answer.items.allSatisfy({ $0.currency == currency })
        else { return }
        let difference = total - answer.items.reduce(Amount.zero) { $0 + $1.amount }
        let keptDifference = total - lines.reduce(Amount.zero) { $0 + $1.line.amount }
        guard !difference.isZero, !keptDifference.isZero else { return }
        append(
            metric: Self.adjustmentMetric, period: covered, amount: Money(difference, currency),
            native: ["source": "current_usage total_cost"], to: &store)
    }
}
