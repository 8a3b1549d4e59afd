/// The JSON bodies of the simulated F5 billing endpoints, written straight from the dataset.
///
/// Money is an int64 written as a decimal string of cents (`"12345"` is 123.45 USD), as F5's web
/// API does; usage values are decimal strings; timestamps are RFC 3339 in UTC, except the usage
/// summary's `metric_value.timestamp`, which is a number of Unix seconds.
///
/// Variations (the money served never changes): ``SimulatorVariation/f5MoneyForms`` writes
/// money in all four ``F5MoneyForm``s, mixed; ``SimulatorVariation/f5OutsideWindow`` stamps
/// every `current_usage` line an hour wider than the window on both sides and adds a line of the
/// hour before the window (counted in `total_cost`), which belongs to another window;
/// ``SimulatorVariation/f5NonNumericUsage`` writes the first item's raw usage as `"N/A"`.
enum F5Answers {
    /// `usage_summary`: one item per usage item with usage in the window.
    ///
    /// `usage_metric_data` holds the raw usage summed over the window, stamped with the start of
    /// the last hour counted; `billing_metric_data.value` is that usage divided by the item's
    /// division factor (the window's hours for resource-hours), rounded half up to 9 decimals.
    static func usageSummary(
        _ window: F5SummaryWindow, dataset: F5Dataset, variations: Set<SimulatorVariation> = []
    ) -> [UInt8] {
        let billed = window.hours.clamped(to: dataset.createdHour..<max(dataset.createdHour, dataset.billedUntilHour))
        var writer = JSONWriter(capacity: 2048)
        writer.raw("{\"usage_summary_items\":[")
        var first = true
        for item in dataset.items {
            let usage = billed.reduce(Int64(0)) { $0 + dataset.usage(of: item, hour: $1) }
            guard usage > 0, let lastHour = billed.last else { continue }
            if !first { writer.raw(",") }
            first = false
            writer.raw("{\"name\":")
            writer.string(item.name)
            writer.raw(",\"service\":")
            writer.string(item.service)
            writer.raw(",\"billing_metric_data\":{\"unit\":")
            writer.string(item.billingUnit)
            writer.raw(",\"value\":\"")
            writer.billingValue(usage, divisor: item.division.divisor(windowHours: Int64(window.hours.count)))
            writer.raw("\"},\"usage_metric_data\":{\"unit\":")
            writer.string(item.usageUnit)
            writer.raw(",\"metric_value\":{\"timestamp\":")
            writer.integer(lastHour * 3600)
            writer.raw(",\"value\":\"")
            if variations.contains(.f5NonNumericUsage), item.name == dataset.items.first?.name {
                writer.raw("N/A")
            } else {
                writer.integer(usage)
            }
            writer.raw("\"}}}")
        }
        writer.raw("]}")
        return writer.bytes
    }

    /// `current_usage`: one priced line per usage item with usage in `hours`, each covering
    /// exactly `hours`; `total_cost` is their exact sum (no coupons, no discount).
    static func currentUsage(
        hours: Range<Int64>, dataset: F5Dataset, variations: Set<SimulatorVariation> = []
    ) -> [UInt8] {
        let mixed = variations.contains(.f5MoneyForms)
        let outside = variations.contains(.f5OutsideWindow)
        var writer = JSONWriter(capacity: 2048)
        var lines = JSONWriter(capacity: 2048)
        var total: Int64 = 0
        var count = 0
        let stamped = outside && !hours.isEmpty ? (hours.lowerBound - 1)..<(hours.upperBound + 1) : hours
        for item in dataset.items {
            var usage: Int64 = 0
            var cents: Int64 = 0
            for hour in hours {
                let hourly = dataset.usage(of: item, hour: hour)
                usage += hourly
                cents += item.cents(forUsage: hourly)
            }
            guard usage > 0 || cents > 0 else { continue }
            total += cents
            if count > 0 { lines.raw(",") }
            line(&lines, item, usage: usage, cents: cents, hours: stamped, dataset: dataset)
            lines.f5Money(cents, F5MoneyForm.nth(count, mixed: mixed))
            lines.raw("}")
            count += 1
        }
        let before = hours.lowerBound - 1
        if outside, !hours.isEmpty, before >= dataset.currentPeriodStartHour,
            let item = dataset.items.first(where: { dataset.usage(of: $0, hour: before) > 0 })
        {
            let usage = dataset.usage(of: item, hour: before)
            let cents = item.cents(forUsage: usage)
            total += cents
            if count > 0 { lines.raw(",") }
            line(&lines, item, usage: usage, cents: cents, hours: before..<hours.lowerBound, dataset: dataset)
            lines.f5Money(cents, F5MoneyForm.nth(count, mixed: mixed))
            lines.raw("}")
            count += 1
        }
        writer.raw("{\"coupons\":[],\"discount\":\"0\",\"total_cost\":")
        writer.f5Money(total, F5MoneyForm.nth(count, mixed: mixed))
        writer.raw(",\"usage_items\":[")
        writer.raw(lines.bytes)
        writer.raw("]}")
        return writer.bytes
    }

    /// One `usage_items` element up to its `amount` key, which the caller writes and closes.
    private static func line(
        _ lines: inout JSONWriter, _ item: F5UsageItem, usage: Int64, cents: Int64, hours: Range<Int64>,
        dataset: F5Dataset
    ) {
        lines.raw("{\"currency_code\":")
        lines.string(dataset.currency.code)
        lines.raw(",\"start_timestamp\":")
        lines.string(F5TimeText.rfc3339(hours.lowerBound * 3600))
        lines.raw(",\"end_timestamp\":")
        lines.string(F5TimeText.rfc3339(hours.upperBound * 3600))
        lines.raw(",\"usage_type\":")
        lines.string(item.name)
        lines.raw(",\"metric_labels\":[")
        lines.string(item.service)
        lines.raw("],\"quantity\":")
        lines.integer(usage)
        lines.raw(",\"unit_name\":")
        lines.string(item.usageUnit)
        lines.raw(",\"quantity_billable\":\"")
        lines.billingValue(usage, divisor: item.division.divisor(windowHours: Int64(hours.count)))
        lines.raw("\",\"unit_name_billable\":")
        lines.string(item.billingUnit)
        lines.raw(",\"status\":\"STATUS_ACTIVE\",\"fixed\":false,\"amount\":")
    }

    /// `monthly_usage`: every closed month, oldest first.
    static func monthlyUsage(_ dataset: F5Dataset, variations: Set<SimulatorVariation> = []) -> [UInt8] {
        var writer = JSONWriter(capacity: 128 * (dataset.closedMonths.count + 1))
        writer.raw("{\"monthly_usage_items\":[")
        for (index, month) in dataset.closedMonths.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"amount\":")
            writer.f5Money(month.cents, F5MoneyForm.nth(index, mixed: variations.contains(.f5MoneyForms)))
            writer.raw(",\"currency_code\":")
            writer.string(dataset.currency.code)
            writer.raw(",\"start_timestamp\":")
            writer.string(F5TimeText.rfc3339(Int64(month.start.timeIntervalSince1970)))
            writer.raw(",\"end_timestamp\":")
            writer.string(F5TimeText.rfc3339(Int64(month.end.timeIntervalSince1970)))
            writer.raw("}")
        }
        writer.raw("]}")
        return writer.bytes
    }
}
