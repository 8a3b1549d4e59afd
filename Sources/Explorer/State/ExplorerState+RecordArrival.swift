import CostCore

extension ExplorerState {
    /// Replaces `account`'s loaded records with `arrived`. The first account to arrive hands its
    /// array over as it is (no copy of every record, which for a million records costs as much
    /// as grouping them).
    mutating func replaceRecords(of account: String, with arrived: [CostRecord]) {
        records.removeAll { $0.account == account }
        if records.isEmpty {
            records = arrived
        } else {
            records.append(contentsOf: arrived)
        }
    }
}
