/// The "what changed" list (`w`): opening it, and its keys.
extension ExplorerState {
    /// Opens the list of the current level's changes, or closes it when open.
    mutating func toggleChangesOverlay() {
        changesOverlay = changesOverlay == nil ? ChangesOverlay(rows: table.rows, events: rowEvents) : nil
    }

    /// A key while the list is open: ↑ ↓ move, Enter closes it on the entry's row, Esc or `w` closes it.
    mutating func handleChangesOverlayKey(_ key: Key) -> [Effect] {
        guard var overlay = changesOverlay else { return [] }
        switch key {
        case .up, .character("k"): overlay.cursor = max(0, overlay.cursor - 1)
        case .down, .character("j"): overlay.cursor = max(0, min(overlay.entries.count - 1, overlay.cursor + 1))
        case .home, .character("g"): overlay.cursor = 0
        case .end, .character("G"): overlay.cursor = max(0, overlay.entries.count - 1)
        case .escape, .character("w"), .character("q"):
            changesOverlay = nil
            return []
        case .control("c"): return [.quit]
        case .enter:
            changesOverlay = nil
            if let entry = overlay.selected, let index = table.rows.firstIndex(where: { $0.id == entry.rowID }) {
                focus = .chart
                cursor = index
                cursorChosen = true
                keepCursorVisible()
            }
            return []
        default: break
        }
        changesOverlay = overlay
        return []
    }
}
