import CostCore
import Foundation

extension ExplorerState {
    /// Shows `records` from the local cache for `account`, marked with when they were fetched.
    /// While `refreshing`, the account stays loading and fresh data replaces these when it
    /// arrives; otherwise the cached data is the answer.
    mutating func showCachedRecords(
        requestID: Int, account: String, records: [CostRecord], asOf: Date, refreshing: Bool
    ) -> [Effect] {
        guard requestID == pendingRequestID, loadingAccounts.contains(account) else { return [] }
        let selected = cursorChosen ? selectedRow?.id : nil
        replaceRecords(of: account, with: records)
        setDataAsOf(asOf, for: account)
        if !refreshing {
            setStatus(.loaded(records: records.count, at: asOf), for: account)
            finishLoading(account)
        }
        recomputeTable()
        restoreCursor(to: selected)
        return []
    }

    /// Records when `account`'s data was fetched (nil: fresh from the provider).
    mutating func setDataAsOf(_ date: Date?, for account: String) {
        if let index = accounts.firstIndex(where: { $0.name == account }) { accounts[index].dataAsOf = date }
    }
}
