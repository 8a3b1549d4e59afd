import CostCore
import Foundation

/// What the cache knows about one stored piece: one account's records over one period.
public struct StoredPiece: Hashable, Sendable {
    /// The period the piece covers.
    public var period: DateRange
    /// When its records were fetched.
    public var fetchedAt: Date
    /// Whether the period was closed when it was fetched, so its records are final.
    public var isComplete: Bool
    /// How many records the piece holds.
    public var recordCount: Int

    /// Creates a description of a stored piece.
    public init(period: DateRange, fetchedAt: Date, isComplete: Bool, recordCount: Int) {
        self.period = period
        self.fetchedAt = fetchedAt
        self.isComplete = isComplete
        self.recordCount = recordCount
    }
}
