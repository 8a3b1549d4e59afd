import CostCore
import Foundation

/// One closed calendar month (UTC) of the simulated tenant, as `monthly_usage` reports it.
public struct F5Month: Sendable, Hashable {
    /// UTC midnight of the month's first day.
    public let start: Date
    /// UTC midnight of the next month's first day (exclusive).
    public let end: Date
    /// Everything billed in the month, in US cents.
    public let cents: Int64

    /// The month's total in US dollars, exact.
    public var amount: Amount { Amount(minorUnits: cents, decimals: 2) }
}
