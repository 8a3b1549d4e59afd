import CostCore
import Foundation

/// The pieces of one account fetched in one shape: the unit the cache stores and looks up.
///
/// `account` identifies the account without any secret (its name and the settings that change
/// its records, e.g. the endpoint); `shape` names how the records were cut (granularity and
/// zone), because some providers return different records for a different view.
public struct PieceSeries: Hashable, Sendable {
    /// The account's cache key: its name and the settings that change its records, never a secret.
    public var account: String
    /// How the records were fetched, e.g. `day@Europe/Moscow`.
    public var shape: String

    public init(account: String, shape: String) {
        self.account = account
        self.shape = shape
    }

    /// The series of `account` for a view of `granularity` buckets in `zone`.
    public init(account: String, granularity: Granularity, zone: TimeZone) {
        self.init(account: account, shape: "\(granularity.rawValue)@\(zone.identifier)")
    }
}
