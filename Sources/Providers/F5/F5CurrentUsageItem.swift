import CostCore
import Foundation

/// One priced line of `current_usage`: what one usage item cost over a period.
public struct F5CurrentUsageItem: Sendable, Hashable {
    /// The exact amount (`amount`, hundredths or a decimal on the wire, see ``F5Money``).
    public var amount: Amount
    /// The currency (`currency_code`).
    public var currency: Currency
    /// The start of the period the amount covers (`start_timestamp`), when given.
    public var start: Date?
    /// The end of that period (`end_timestamp`, exclusive), when given.
    public var end: Date?
    /// The usage item (`usage_type`), matching `name` in `usage_summary`.
    public var usageType: String?
    /// Extra labels of the line (`metric_labels`).
    public var metricLabels: [String]

    public init(
        amount: Amount, currency: Currency, start: Date? = nil, end: Date? = nil, usageType: String? = nil,
        metricLabels: [String] = []
    ) {
        self.amount = amount
        self.currency = currency
        self.start = start
        self.end = end
        self.usageType = usageType
        self.metricLabels = metricLabels
    }

    /// Reads one `usage_items` element; `amount` and `currency_code` are required.
    static func read(_ reader: inout JSONReader) throws(JSONError) -> F5CurrentUsageItem {
        var amount: Amount?
        var currency: Currency?
        var line = F5CurrentUsageItem(amount: .zero, currency: .usd)
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "amount": amount = try reader.readF5Money()
            case "currency_code": currency = try reader.readF5Currency()
            case "start_timestamp": line.start = try reader.readNull() ? nil : try reader.readF5Timestamp()
            case "end_timestamp": line.end = try reader.readNull() ? nil : try reader.readF5Timestamp()
            case "usage_type": line.usageType = try reader.readStringOrNull()
            case "metric_labels":
                guard !(try reader.readNull()) else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    line.metricLabels.append(try reader.readString())
                }
            default: break
            }
        }
        guard let amount else { throw reader.makeError("missing required field 'amount'") }
        guard let currency else { throw reader.makeError("missing required field 'currency_code'") }
        line.amount = amount
        line.currency = currency
        if let start = line.start, let end = line.end, end <= start {
            throw reader.makeError("end_timestamp must be after start_timestamp")
        }
        return line
    }
}
