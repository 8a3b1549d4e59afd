import CostCore
import Foundation

/// A `current_usage` answer: priced usage of the current billing period, per usage item.
public struct F5CurrentUsage: Sendable, Hashable {
    /// The total of the answer (`total_cost`, hundredths or a decimal on the wire, see ``F5Money``), when given. It has no
    /// currency of its own: it is in the items' currency.
    public var totalCost: Amount?
    /// The priced lines (`usage_items`).
    public var items: [F5CurrentUsageItem]

    public init(totalCost: Amount? = nil, items: [F5CurrentUsageItem] = []) {
        self.totalCost = totalCost
        self.items = items
    }

    /// Decodes `{"total_cost": "…", "usage_items": [...], …}`; `coupons`, `discount` and other
    /// fields are skipped. An empty or null list means no lines; a missing `usage_items` is an
    /// error, `{}` included: it is never read as no spend (the client then shows usage without
    /// money, saying why).
    public static func decode(_ body: [UInt8]) throws(JSONError) -> F5CurrentUsage {
        try decodeAnswer(body)
    }

    /// The error of an answer without `usage_items`: another shape, not a broken one.
    static let missingList = "missing 'usage_items'"

    private static func decodeAnswer(_ body: [UInt8]) throws(JSONError) -> F5CurrentUsage {
        try JSONReader.read(body) { reader throws(JSONError) in
            var answer = F5CurrentUsage()
            var sawList = false
            try reader.readObject { key, reader throws(JSONError) in
                switch key {
                case "total_cost":
                    answer.totalCost = try reader.readNull() ? nil : try reader.readF5Money()
                case "usage_items":
                    sawList = true
                    guard !(try reader.readNull()) else { return }
                    try reader.readArray { _, reader throws(JSONError) in
                        answer.items.append(try F5CurrentUsageItem.read(&reader))
                    }
                default:
                    break
                }
            }
            guard sawList else { throw reader.makeError(missingList) }
            return answer
        }
    }
}
