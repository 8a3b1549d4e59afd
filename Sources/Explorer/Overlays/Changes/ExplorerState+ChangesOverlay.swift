import TerminalKit

/// The "what changed" list (`w`): opening it, and its keys.
extension ExplorerState {
    /// Opens the list of the current level's changes, or closes it when open.
    mutating func toggleChangesOverlay() {
        changesOverlay = changesOverlay == nil ? ChangesOverlay(rows: table.rows, events: rowEvents) : nil
    }

    /// A key while the list is open: ↑ ↓ move, Enter closes it on the entry's row, Esc or `w` closes it.
    mutating func handleChangesOverlayKey(_ key: Key) -> [Effect] {
        guard var overlay = changesOverlay, let command = Keymap.modalCommand(for: key, in: .changes) else {
            return []
        }
        if let moved = command.movedCursor(overlay.cursor, count: overlay.entries.count) {
            overlay.cursor = moved
            modal = .changes(overlay)
            return []
        }
        switch command {
        case .close:
            modal = nil
            return []
        case .quit: return [.quit]
        case .choose:
            modal = nil
            if let entry = overlay.selected, let index = table.rows.firstIndex(where: { $0.id == entry.rowID }) {
                panes.focus = .chart
                chart.cursor = index
                chart.cursorChosen = true
                keepCursorVisible()
            }
            return []
        default: return []
        }
    }
}
