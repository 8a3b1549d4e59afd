import CostCore

/// One billing month to fetch: its number and the UTC instants of its boundaries in the
/// account's zone, which every record of the month covers.
public struct SeewebBillingMonth: Hashable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The month as a UTC interval: midnight of the 1st to midnight of the next 1st, in the account's zone.
    public var period: DateRange

    public init(year: Int, month: Int, period: DateRange) {
        self.year = year
        self.month = month
        self.period = period
    }

    /// `2026-03`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}
