import CostCore

extension ExplorerState {
    /// Keeps a fetch's note with its account and shows it on the status line.
    mutating func noteFetch(account: String, message: String) {
        if let index = query.accounts.firstIndex(where: { $0.name == account }),
            !query.accounts[index].notes.contains(message)
        {
            query.accounts[index].notes.append(message)
        }
        screen.notice = "\(account): \(message)"
        screen.noticeIsError = false
    }

    /// The info line of the account under the accounts-pane cursor: what its provider's
    /// total leaves out, and what its fetches read leniently or fell back on. Nil on
    /// "All accounts", outside the accounts pane, or when there is nothing to say.
    var accountInfo: String? {
        guard panes.focus == .accounts, case .account(let index) = accountCursorLine,
            query.accounts.indices.contains(index)
        else { return nil }
        let entry = query.accounts[index]
        var parts: [String] = []
        if let coverage = providers[entry.provider].coverageNote { parts.append(coverage) }
        switch entry.notes.count {
        case 0: break
        case 1: parts.append(entry.notes[0])
        default: parts.append("\(entry.notes.count) notes, latest: \(entry.notes[entry.notes.count - 1])")
        }
        guard !parts.isEmpty else { return nil }
        return "\(entry.name): " + parts.joined(separator: "; ")
    }
}
