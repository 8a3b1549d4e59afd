import CostCore

/// One piece to store: a period and every record of the account whose middle lies in it.
public struct PieceContent: Sendable {
    /// The period.
    public var period: DateRange
    /// The records counted in the period (possibly none: a day without spend).
    public var records: SpendStore
    /// Whether the period is closed, so the records are final and need no refetch.
    public var isComplete: Bool

    /// Creates a piece to store.
    public init(period: DateRange, records: SpendStore, isComplete: Bool) {
        self.period = period
        self.records = records
        self.isComplete = isComplete
    }

    /// Creates a piece to store from records.
    public init(period: DateRange, records: [CostRecord], isComplete: Bool) {
        self.init(period: period, records: SpendStore(records), isComplete: isComplete)
    }
}
