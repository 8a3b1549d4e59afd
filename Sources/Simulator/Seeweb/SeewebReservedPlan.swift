/// A reservation offer: a server committed for some months at a discount on its hourly price
/// (`reserved_plan` and `reserved_discount` in billing rows).
public struct SeewebReservedPlan: Hashable, Sendable {
    /// The offer's id, served as `reserved_plan` (the seed's sample shows 26).
    public let id: Int
    /// How many calendar months one reservation lasts.
    public let months: Int
    /// The discount on reserved hours, in percent.
    public let discountPercent: Int

    /// Three months at 10 % off.
    static let threeMonths = SeewebReservedPlan(id: 24, months: 3, discountPercent: 10)
    /// Six months at 15 % off, as in the seed's sample.
    static let sixMonths = SeewebReservedPlan(id: 26, months: 6, discountPercent: 15)
    /// Twelve months at 25 % off.
    static let twelveMonths = SeewebReservedPlan(id: 28, months: 12, discountPercent: 25)
}
