import CostCore

/// One entry of a server month's `summary.reserved_discounts`: the hours covered by a
/// reservation and what they cost after its discount.
public struct SeewebReservedDiscount: Hashable, Sendable {
    /// The reservation offer (`reserved_plan`, a number on the wire, kept as its text).
    public var plan: String
    /// Reserved hours in the month (`reserved_hour`).
    public var hours: Amount
    /// The discount in percent (`reserved_discount`), when sent.
    public var discountPercent: Amount?
    /// What the hours cost after the discount (`reserved_price`), EUR.
    public var price: Amount
    /// The saving (`reserved_reduction`), EUR, when sent.
    public var reduction: Amount?
    /// When the reservation started (`reserved_start_date`), as sent.
    public var startDate: String?
    /// When it ends (`reserved_end_date`), as sent.
    public var endDate: String?

    public init(
        plan: String, hours: Amount, discountPercent: Amount? = nil, price: Amount, reduction: Amount? = nil,
        startDate: String? = nil, endDate: String? = nil
    ) {
        self.plan = plan
        self.hours = hours
        self.discountPercent = discountPercent
        self.price = price
        self.reduction = reduction
        self.startDate = startDate
        self.endDate = endDate
    }
}
