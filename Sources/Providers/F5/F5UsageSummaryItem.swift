import CostCore
import Foundation

/// One item of `usage_summary`: the usage of one usage item (SKU) of one service over the
/// requested window. F5 sends no money here.
public struct F5UsageSummaryItem: Sendable, Hashable {
    /// The item's human-readable name (`name`), e.g. `WAAP Requests`.
    public var name: String
    /// The service it belongs to (`service`), e.g. `Web App & API Protection`.
    public var service: String?
    /// The billing metric (`billing_metric_data.value`): the raw usage divided by F5's
    /// division factor (20 resource-hours over a 24-hour window is 0.83 resources).
    public var billingValue: Amount?
    /// The unit of ``billingValue`` (`billing_metric_data.unit`).
    public var billingUnit: String?
    /// The raw usage over the window (`usage_metric_data.metric_value.value`).
    public var usageValue: Amount?
    /// The unit of ``usageValue`` (`usage_metric_data.unit`).
    public var usageUnit: String?
    /// The sample time of the raw usage (`usage_metric_data.metric_value.timestamp`, Unix
    /// seconds, a fraction cut off).
    public var usageTimestamp: Date?
    /// Values that were not numbers, in fields that carry no money; the fields above are left
    /// empty for them.
    public var unreadable: [F5UnreadableValue] = []

    public init(
        name: String, service: String? = nil, billingValue: Amount? = nil, billingUnit: String? = nil,
        usageValue: Amount? = nil, usageUnit: String? = nil, usageTimestamp: Date? = nil
    ) {
        self.name = name
        self.service = service
        self.billingValue = billingValue
        self.billingUnit = billingUnit
        self.usageValue = usageValue
        self.usageUnit = usageUnit
        self.usageTimestamp = usageTimestamp
    }

    /// Decodes a `usage_summary` answer: `{"usage_summary_items": [...]}`.
    ///
    /// Values are decimal strings (JSON numbers are accepted too) read exactly, rounding only
    /// beyond 12 decimals; a value that is not a number leaves its field empty and is listed in
    /// ``unreadable`` (usage carries no money, so it never fails the answer). `name` is required.
    /// A missing `usage_summary_items` is an error (an empty or null list means no usage), so an
    /// error object or `{}` sent with status 200 is never read as no usage. Unknown fields are
    /// skipped.
    public static func decode(_ body: [UInt8]) throws(JSONError) -> [F5UsageSummaryItem] {
        try JSONReader.read(body) { reader throws(JSONError) in
            var items: [F5UsageSummaryItem] = []
            var sawList = false
            try reader.readObject { key, reader throws(JSONError) in
                guard key == "usage_summary_items" else { return }
                sawList = true
                guard !(try reader.readNull()) else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    items.append(try readItem(&reader))
                }
            }
            guard sawList else { throw reader.makeError("missing 'usage_summary_items'") }
            return items
        }
    }

    private static func readItem(_ reader: inout JSONReader) throws(JSONError) -> F5UsageSummaryItem {
        var item = F5UsageSummaryItem(name: "")
        var sawName = false
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "name":
                item.name = try reader.readString()
                sawName = true
            case "service":
                item.service = try reader.readStringOrNull()
            case "billing_metric_data":
                guard !(try reader.readNull()) else { return }
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "unit": item.billingUnit = try reader.readStringOrNull()
                    case "value":
                        item.billingValue = try reader.readF5Quantity(
                            field: "billing_metric_data.value", into: &item.unreadable)
                    default: break
                    }
                }
            case "usage_metric_data":
                guard !(try reader.readNull()) else { return }
                try readUsage(&reader, into: &item)
            default:
                break
            }
        }
        guard sawName else { throw reader.makeError("missing required field 'name'", at: nil) }
        return item
    }

    private static func readUsage(_ reader: inout JSONReader, into item: inout F5UsageSummaryItem)
        throws(JSONError)
    {
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "unit":
                item.usageUnit = try reader.readStringOrNull()
            case "metric_value":
                guard !(try reader.readNull()) else { return }
                try reader.readObject { key, reader throws(JSONError) in
                    switch key {
                    case "timestamp":
                        let field = "usage_metric_data.metric_value.timestamp"
                        guard let seconds = try reader.readF5Quantity(field: field, into: &item.unreadable) else {
                            return
                        }
                        let whole = Int64(clamping: seconds.units / 1_000_000_000_000)
                        guard let date = F5Timestamp.date(unixSeconds: whole) else {
                            item.unreadable.append(F5UnreadableValue(field: field, text: seconds.description))
                            return
                        }
                        item.usageTimestamp = date
                    case "value":
                        item.usageValue = try reader.readF5Quantity(
                            field: "usage_metric_data.metric_value.value", into: &item.unreadable)
                    default:
                        break
                    }
                }
            default:
                break
            }
        }
    }
}
