import CostCore

/// One line of the accounts pane.
enum AccountPaneLine: Hashable {
    case provider(ProviderKind)
    case account(Int)
    /// The "All accounts" entry.
    case allAccounts
    /// A further currency's total under "All accounts".
    case currencyTotal(Currency)
}

extension ExplorerState {
    /// "All accounts" with a total per currency, then accounts grouped under their provider.
    var accountPaneLines: [AccountPaneLine] {
        // The first currency's total shares the "All accounts" line when it fits; any others follow.
        let ownLines = AccountsPaneRows.allAccountsLineHoldsTotal(self) ? 1 : 0
        var lines: [AccountPaneLine] =
            [.allAccounts] + allAccountTotals.currencies.dropFirst(ownLines).map { .currencyTotal($0) }
        for provider in ProviderKind.allCases {
            let indices = query.accounts.indices.filter { query.accounts[$0].provider == provider }
            guard !indices.isEmpty else { continue }
            lines.append(.provider(provider))
            lines += indices.map { .account($0) }
        }
        return lines
    }
}
