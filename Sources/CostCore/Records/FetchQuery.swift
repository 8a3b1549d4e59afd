import Foundation

/// What to fetch for some accounts: the explorer's effects, the script commands and the
/// fetchers behind them all ask in this one form.
public struct FetchQuery: Hashable, Sendable {
    /// The account names to fetch.
    public var accounts: [String]
    /// The UTC range.
    public var range: DateRange
    /// The finest bucket the view needs.
    public var granularity: Granularity
    /// The zone in which buckets are built.
    public var zone: TimeZone

    public init(accounts: [String], range: DateRange, granularity: Granularity, zone: TimeZone) {
        self.accounts = accounts
        self.range = range
        self.granularity = granularity
        self.zone = zone
    }
}
