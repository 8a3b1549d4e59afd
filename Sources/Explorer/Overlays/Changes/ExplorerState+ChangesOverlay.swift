import TerminalKit

/// The "what changed" list (`w`): opening it, and its keys.
extension ExplorerState {
    /// Opens the list of the current level's changes, or closes it when open.
    mutating func toggleChangesOverlay() {
        changesOverlay = changesOverlay == nil ? ChangesOverlay(rows: table.rows, events: rowEvents) : nil
    }

    /// A key while the list is open: ↑ ↓ move, Enter closes it on the entry's row, Esc or `w` closes it.
    mutating func handleChangesOverlayKey(_ key: Key) -> [Effect] {
        guard var overlay = changesOverlay else { return [] }
        switch Keymap.listKey(key, in: .changes, cursor: overlay.cursor, count: overlay.entries.count) {
        case .moved(let cursor):
            overlay.cursor = cursor
            modal = .changes(overlay)
        case .closed: modal = nil
        case .quit: return [.quit]
        case .chosen:
            modal = nil
            if let entry = overlay.selected, let index = table.rows.firstIndex(where: { $0.id == entry.rowID }) {
                panes.focus = .chart
                chart.cursor = index
                chart.cursorChosen = true
                keepCursorVisible()
            }
        case .ignored: break
        }
        return []
    }
}
