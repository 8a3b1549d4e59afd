import CostCore
import Foundation

/// What to fetch: the effect runner turns it into provider calls.
public struct FetchQuery: Hashable, Sendable {
    /// The account names to fetch.
    public var accounts: [String]
    /// The UTC range.
    public var range: DateRange
    /// The finest bucket the view needs.
    public var granularity: Granularity
    /// The zone in which buckets are built.
    public var zone: TimeZone

    /// Creates a query.
    public init(accounts: [String], range: DateRange, granularity: Granularity, zone: TimeZone) {
        self.accounts = accounts
        self.range = range
        self.granularity = granularity
        self.zone = zone
    }
}
