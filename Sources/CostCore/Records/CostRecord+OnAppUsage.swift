extension CostRecord {
    /// The ``native`` key under which an OnApp record keeps its hourly row's `usage_cost` (the
    /// metered part of the row's `total_cost`, in the record's currency). Only the first record
    /// of a row carries it, so adding it up over records counts every row once.
    public static let onAppUsageCostKey = "usage_cost"
}
