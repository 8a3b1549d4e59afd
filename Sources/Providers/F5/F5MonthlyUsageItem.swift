import CostCore
import Foundation

/// One month of `monthly_usage`: the whole month's total, with no split by service or item.
public struct F5MonthlyUsageItem: Sendable, Hashable {
    /// The month's exact total (`amount`, hundredths or a decimal on the wire, see ``F5Money``).
    public var amount: Amount
    /// The currency (`currency_code`).
    public var currency: Currency
    /// The month's start (`start_timestamp`).
    public var start: Date
    /// The month's end (`end_timestamp`, exclusive).
    public var end: Date

    public init(amount: Amount, currency: Currency, start: Date, end: Date) {
        self.amount = amount
        self.currency = currency
        self.start = start
        self.end = end
    }

    /// Decodes `{"monthly_usage_items": [...]}`: every field of an item is required, and
    /// its end must follow its start. An empty or null list means no closed months; a missing
    /// `monthly_usage_items` is an error, `{}` included: it is never read as no spend (the
    /// client then shows usage without money, saying why).
    /// The error of an answer without `monthly_usage_items`: another shape, not a broken one.
    static let missingList = "missing 'monthly_usage_items'"

    public static func decode(_ body: [UInt8]) throws(JSONError) -> [F5MonthlyUsageItem] {
        try JSONReader.read(body) { reader throws(JSONError) in
            var months: [F5MonthlyUsageItem] = []
            var sawList = false
            try reader.readObject { key, reader throws(JSONError) in
                guard key == "monthly_usage_items" else { return }
                sawList = true
                guard !(try reader.readNull()) else { return }
                try reader.readArray { _, reader throws(JSONError) in
                    months.append(try readMonth(&reader))
                }
            }
            guard sawList else { throw reader.makeError(missingList) }
            return months
        }
    }

    private static func readMonth(_ reader: inout JSONReader) throws(JSONError) -> F5MonthlyUsageItem {
        var amount: Amount?
        var currency: Currency?
        var start: Date?
        var end: Date?
        try reader.readObject { key, reader throws(JSONError) in
            switch key {
            case "amount": amount = try reader.readF5Money()
            case "currency_code": currency = try reader.readF5Currency()
            case "start_timestamp": start = try reader.readF5Timestamp()
            case "end_timestamp": end = try reader.readF5Timestamp()
            default: break
            }
        }
        guard let amount else { throw reader.makeError("missing required field 'amount'") }
        guard let currency else { throw reader.makeError("missing required field 'currency_code'") }
        guard let start else { throw reader.makeError("missing required field 'start_timestamp'") }
        guard let end else { throw reader.makeError("missing required field 'end_timestamp'") }
        guard end > start else { throw reader.makeError("end_timestamp must be after start_timestamp") }
        return F5MonthlyUsageItem(amount: amount, currency: currency, start: start, end: end)
    }
}
