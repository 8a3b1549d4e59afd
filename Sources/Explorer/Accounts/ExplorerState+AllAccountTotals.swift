import CostCore

/// What ``ExplorerState/allAccountTotals`` was summed over: a generation of the records and
/// the range. Grouping, drilling, sorting and filtering change neither, so they skip the pass
/// over every record.
struct AllAccountTotalsSource: Equatable, Sendable {
    /// ``ExplorerState/recordsGeneration`` when the totals were summed.
    let recordsGeneration: Int
    /// The range they cover.
    let range: DateRange
}

extension ExplorerState {
    /// Sums every account's records in the range again when the records or the range changed.
    mutating func refreshAllAccountTotals() {
        let source = AllAccountTotalsSource(recordsGeneration: recordsGeneration, range: range)
        guard source != allAccountTotalsSource else { return }
        allAccountTotals = totalsOfAllAccounts()
        allAccountTotalsSource = source
    }
}
