import CostCore

/// What one leaf row (a SKU, a metric of one object, a usage item) consumed: its quantity,
/// unit and, for Cloud.ru, its tariff — a price per unit, never summed.
public struct LeafRowDetail: Hashable, Sendable {
    /// The summed quantity of the row's records that state one, or nil when none does.
    public var quantity: Amount?
    /// The unit of ``quantity``; nil when none is stated or the records disagree.
    public var unit: String?
    /// Whether the records state different units (then the quantity is not shown).
    public var hasMixedUnits = false
    /// The lowest and highest tariff (`native["tariff"]`) seen, equal when it never changed.
    public var tariffRange: ClosedRange<Amount>?

    public init() {}

    /// Adds one record's quantity, unit and tariff.
    mutating func add(_ record: CostRecord) {
        add(quantity: record.quantity, unit: record.unit, tariff: record.native["tariff"].flatMap { Amount($0) })
    }

    /// Adds one record's quantity in `unit` and its `tariff`.
    mutating func add(quantity value: Amount?, unit stated: String?, tariff: Amount?) {
        if let value {
            quantity = (quantity ?? .zero) + value
            if let stated, !stated.isEmpty {
                if unit == nil, !hasMixedUnits {
                    unit = stated
                } else if unit != stated {
                    unit = nil
                    hasMixedUnits = true
                }
            }
        }
        if let tariff {
            tariffRange = tariffRange.map { min($0.lowerBound, tariff)...max($0.upperBound, tariff) } ?? tariff...tariff
        }
    }
}
