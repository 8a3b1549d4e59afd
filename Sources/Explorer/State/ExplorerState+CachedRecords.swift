import CostCore
import Foundation

extension ExplorerState {
    /// Shows `records` from the local cache for `account`, marked with when they were fetched.
    /// While `refreshing`, the account stays loading and fresh data replaces these when it
    /// arrives; otherwise the cached data is the answer.
    mutating func showCachedRecords(
        requestID: Int, account: String, records: SpendStore, asOf: Date, refreshing: Bool
    ) -> [Effect] {
        guard requestID == load.pendingRequestID, load.loadingAccounts.contains(account) else { return [] }
        let selected = rowToKeepSelected
        replaceRecords(of: account, with: records)
        setDataAsOf(asOf, for: account)
        if !refreshing {
            setStatus(.loaded(records: records.count, at: asOf), for: account)
            finishLoading(account)
        }
        deriveView()
        restoreCursor(to: selected)
        return []
    }

    /// The row to keep selected while records arrive: the one awaited since the view was
    /// emptied, else the one the user chose; nil keeps the cursor on the first row.
    var rowToKeepSelected: String? {
        guard chart.cursorChosen else { return nil }
        return chart.awaitedRowID ?? selectedRow?.id
    }

    /// Empties the view for a new fetch, remembering the selected row to select it again.
    mutating func clearRecordsForFetch() {
        if chart.cursorChosen, let row = selectedRow?.id { chart.awaitedRowID = row }
        load.records.removeAll()
        deriveView()
    }

    /// Records when `account`'s data was fetched (nil: fresh from the provider).
    mutating func setDataAsOf(_ date: Date?, for account: String) {
        if let index = query.accounts.firstIndex(where: { $0.name == account }) {
            query.accounts[index].dataAsOf = date
        }
    }
}

extension ExplorerState {
    /// Replaces `account`'s loaded records with `arrived`. The first account to arrive hands its
    /// store over as it is; later ones append their columns, re-coding only their series.
    mutating func replaceRecords(of account: String, with arrived: SpendStore) {
        load.records.removeAccount(account)
        load.records.append(contentsOf: arrived)
    }
}
