import CostCore
import Foundation

// Usage without money: the per-item breakdown of closed months, and what is shown when the
// money calls are not available.
extension F5Client {
    /// Usage per item for each of `windows` from `usage_summary`, as usage-only records, after
    /// `failure` took the money away. A fallback note says so once. When the first
    /// `usage_summary` fails too, `failure` is what the fetch reports: it is the cause.
    func usageOnly(
        _ windows: [DateRange], currency: Currency?, because failure: ProviderError, tally: inout F5FetchTally,
        to store: inout SpendStore
    ) async throws(ProviderError) {
        let reason = "\(failure.endpoint) answered \(failure.summary)"
        for (index, window) in windows.enumerated() {
            let usage: [F5UsageSummaryItem]
            do {
                usage = try await send(usageSummaryRequest(window: window), decode: F5UsageSummaryItem.decode)
            } catch {
                throw index == 0 ? failure : error
            }
            if index == 0 {
                account.note.fallback(
                    "usage only, no money: \(reason); usage per item is shown from usage_summary, "
                        + "named '<item>\(Self.usageOnlySuffix)', with no amount")
            }
            tally.answered(rows: usage.count)
            appendUsage(
                usage, period: window, currency: currency ?? Self.noCurrency, money: "not available", reason: reason,
                to: &store)
        }
    }

    /// The usage per item of a closed month, whose money is only its total: usage-only records
    /// for the month. Usage carries no money, so a failure here is a warning and the month is
    /// shown without its breakdown.
    func appendUsage(of month: F5MonthlyUsageItem, tally: inout F5FetchTally, to store: inout SpendStore)
        async throws(ProviderError)
    {
        let period = DateRange(start: month.start, end: month.end)
        var usage: [F5UsageSummaryItem] = []
        for piece in F5FetchPlan.pieces(of: period) {
            do {
                usage += try await send(usageSummaryRequest(window: piece), decode: F5UsageSummaryItem.decode)
            } catch {
                if case .transport(.cancelled) = error.kind { throw error }
                tally.answered(rows: 0)
                account.note.warn(
                    "the usage per item of the closed month \(period) could not be read (\(error.endpoint) "
                        + "answered \(error.summary)); the month's total is shown without it")
                return
            }
        }
        tally.answered(rows: usage.count)
        appendUsage(
            Self.merged(usage), period: period, currency: month.currency, money: "in the monthly total", reason: nil,
            to: &store)
    }

    /// Items of the same name and service from several pieces, their values added.
    private static func merged(_ usage: [F5UsageSummaryItem]) -> [F5UsageSummaryItem] {
        var merged: [F5UsageSummaryItem] = []
        for item in usage {
            guard let index = merged.firstIndex(where: { $0.name == item.name && $0.service == item.service }) else {
                merged.append(item)
                continue
            }
            var sum = merged[index]
            sum.usageValue = sum.usageValue.flatMap { total in item.usageValue.map { total + $0 } }
            // A billing value is a ratio to its own window: pieces' values do not add up.
            sum.billingValue = nil
            sum.unreadable += item.unreadable
            merged[index] = sum
        }
        return merged
    }

    /// One usage-only record per item: the item's name with ``usageOnlySuffix``, a zero amount,
    /// the raw usage (or the billing metric) as quantity, and `native` `money` saying where the
    /// money is.
    func appendUsage(
        _ usage: [F5UsageSummaryItem], period: DateRange, currency: Currency, money: String, reason: String?,
        to store: inout SpendStore
    ) {
        warnUnreadable(usage)
        for item in usage {
            let name = item.name + Self.usageOnlySuffix
            var native = ["source": "usage_summary", "money": money]
            if let reason { native["money_reason"] = reason }
            if let value = item.billingValue { native["billing_value"] = value.description }
            if let unit = item.billingUnit { native["billing_unit"] = unit }
            append(
                metric: name, service: item.service, period: period, amount: Money(.zero, currency),
                quantity: item.usageValue ?? item.billingValue,
                unit: item.usageValue != nil ? item.usageUnit : item.billingValue != nil ? item.billingUnit : nil,
                native: native, to: &store)
        }
    }

    /// A warning for every value in `usage` that was not a number, naming the item, the field
    /// and the value.
    func warnUnreadable(_ usage: [F5UsageSummaryItem]) {
        for item in usage {
            for value in item.unreadable {
                let shown = value.isQuoted ? ServerText.quote(value.text) : value.text
                account.note.warn(
                    "usage_summary item \(ServerText.quote(item.name)): \(value.field) is \(shown), not a number; "
                        + "the item is kept without it")
            }
        }
    }
}
