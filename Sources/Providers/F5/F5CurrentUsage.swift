import CostCore
import Foundation

/// A `current_usage` answer: priced usage of the current billing period, per usage item.
public struct F5CurrentUsage: Sendable, Hashable {
    /// The total of the answer (`total_cost`, hundredths or a decimal on the wire, see ``F5Money``), when given. It has no
    /// currency of its own: it is in the items' currency.
    public var totalCost: Amount?
    /// The priced lines (`usage_items`).
    public var items: [F5CurrentUsageItem]
    /// Whether the answer was an empty object `{}`: protobuf's JSON mapping leaves out empty
    /// fields, so it may mean "no lines", but it says nothing for sure, and the client checks the
    /// window's usage before taking it as no spend.
    public var isEmptyObject: Bool

    /// Creates an answer.
    public init(totalCost: Amount? = nil, items: [F5CurrentUsageItem] = [], isEmptyObject: Bool = false) {
        self.totalCost = totalCost
        self.items = items
        self.isEmptyObject = isEmptyObject
    }

    /// Decodes `{"total_cost": "…", "usage_items": [...], …}`; `coupons`, `discount` and other
    /// fields are skipped. An empty or null list means no lines; `{}` is read as no lines with
    /// ``isEmptyObject`` set; an object with other keys but no `usage_items` is an error (an
    /// error object sent with status 200).
    public static func decode(_ body: [UInt8]) throws(JSONError) -> F5CurrentUsage {
        try JSONReader.read(body) { reader throws(JSONError) in
            var answer = F5CurrentUsage()
            var sawList = false
            var sawKey = false
            try reader.readObject { key, reader throws(JSONError) in
                sawKey = true
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
            guard sawList || !sawKey else { throw reader.makeError("missing 'usage_items'") }
            answer.isEmptyObject = !sawKey
            return answer
        }
    }
}
