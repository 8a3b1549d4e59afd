import CostCore

/// The reserved part of one server's month: one entry of `summary.reserved_discounts`.
public struct SeewebReservedBill: Hashable, Sendable {
    /// The reservation billed.
    public let reservation: SeewebReservation
    /// Reserved hours in the month (`reserved_hour`).
    public let hours: Int
    /// What the hours cost at list price, in cents.
    let originalCents: Int64
    /// What they cost after the discount (`reserved_price`), in cents.
    let priceCents: Int64

    /// The price after the discount (`reserved_price`), in EUR.
    public var price: Amount { Amount(minorUnits: priceCents, decimals: 2) }
    /// The saving (`reserved_reduction`), in EUR.
    public var reduction: Amount { Amount(minorUnits: originalCents - priceCents, decimals: 2) }
    /// The saving in cents.
    var reductionCents: Int64 { originalCents - priceCents }
}
