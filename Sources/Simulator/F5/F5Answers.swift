/// The JSON bodies of the simulated F5 billing endpoints, written straight from the dataset.
///
/// Money is an int64 written as a decimal string of cents (`"12345"` is 123.45 USD), as F5's web
/// API does; usage values are decimal strings; timestamps are RFC 3339 in UTC, except the usage
/// summary's `metric_value.timestamp`, which is a number of Unix seconds.
enum F5Answers {
    /// `usage_summary`: one item per usage item with usage in the window.
    ///
    /// `usage_metric_data` holds the raw usage summed over the window, stamped with the start of
    /// the last hour counted; `billing_metric_data.value` is that usage divided by the item's
    /// division factor (the window's hours for resource-hours), rounded half up to 9 decimals.
    static func usageSummary(_ window: F5SummaryWindow, dataset: F5Dataset) -> [UInt8] {
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
            writer.integer(usage)
            writer.raw("\"}}}")
        }
        writer.raw("]}")
        return writer.bytes
    }

    /// `current_usage`: one priced line per usage item with usage in `hours`, each covering
    /// exactly `hours`; `total_cost` is their exact sum (no coupons, no discount).
    static func currentUsage(hours: Range<Int64>, dataset: F5Dataset) -> [UInt8] {
        var writer = JSONWriter(capacity: 2048)
        var lines = JSONWriter(capacity: 2048)
        var total: Int64 = 0
        var first = true
        let start = F5TimeText.rfc3339(hours.lowerBound * 3600)
        let end = F5TimeText.rfc3339(hours.upperBound * 3600)
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
            if !first { lines.raw(",") }
            first = false
            lines.raw("{\"amount\":\"")
            lines.integer(cents)
            lines.raw("\",\"currency_code\":")
            lines.string(dataset.currency.code)
            lines.raw(",\"start_timestamp\":")
            lines.string(start)
            lines.raw(",\"end_timestamp\":")
            lines.string(end)
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
            lines.raw(",\"status\":\"STATUS_ACTIVE\",\"fixed\":false}")
        }
        writer.raw("{\"coupons\":[],\"discount\":\"0\",\"total_cost\":\"")
        writer.integer(total)
        writer.raw("\",\"usage_items\":[")
        writer.raw(lines.bytes)
        writer.raw("]}")
        return writer.bytes
    }

    /// `monthly_usage`: every closed month, oldest first.
    static func monthlyUsage(_ dataset: F5Dataset) -> [UInt8] {
        var writer = JSONWriter(capacity: 128 * (dataset.closedMonths.count + 1))
        writer.raw("{\"monthly_usage_items\":[")
        for (index, month) in dataset.closedMonths.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"amount\":\"")
            writer.integer(month.cents)
            writer.raw("\",\"currency_code\":")
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
