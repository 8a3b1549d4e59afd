import CostCore

extension ExplorerState {
    /// Replaces `account`'s loaded records with `arrived`. The first account to arrive hands its
    /// store over as it is; later ones append their columns, re-coding only their series.
    mutating func replaceRecords(of account: String, with arrived: SpendStore) {
        load.records.removeAccount(account)
        load.records.append(contentsOf: arrived)
    }
}
