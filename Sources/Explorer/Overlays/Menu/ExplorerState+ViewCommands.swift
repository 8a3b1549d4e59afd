import CostCore
import TerminalKit

/// The command menu (`:`, and `e` for the export formats), and the exports and copies it offers.
extension ExplorerState {
    /// Opens a menu, or runs an export or the copy of the report command.
    mutating func performViewCommand(_ command: Command) -> [Effect] {
        switch command {
        case .chooseExport: commandMenu = CommandMenu(title: "Export the view as", commands: Keymap.exportCommands)
        case .openCommandMenu: commandMenu = CommandMenu(title: "Commands", commands: Keymap.menuCommands)
        case .export(let format):
            guard !table.rows.isEmpty else {
                screen.notice = "Nothing to export: the view has no rows"
                return []
            }
            screen.notice = "Exporting \(table.rows.count) rows as \(format.title)…"
            return [.export(viewExport, as: format)]
        case .copyReportCommand:
            let command = ReportCommandLine(self)
            screen.notice = command.notice
            return [.copyToClipboard(command.text)]
        default: break
        }
        return []
    }

    /// A key while the command menu is open: arrows move, Enter runs the entry, Esc closes.
    mutating func handleCommandMenuKey(_ key: Key) -> [Effect] {
        guard var menu = commandMenu else { return [] }
        switch Keymap.listKey(key, in: .menu, cursor: menu.cursor, count: menu.entries.count) {
        case .moved(let cursor):
            menu.cursor = cursor
            modal = .menu(menu)
        case .closed: modal = nil
        case .quit: return [.quit]
        case .chosen:
            modal = nil
            if let chosen = menu.selectedCommand { return perform(chosen, key: .enter) }
        case .ignored: break
        }
        return []
    }

    /// Shows where an export went, or why it failed.
    mutating func showExportResult(_ action: Action) {
        switch action {
        case .exported(let path):
            screen.notice = "Exported to \(path)"
            screen.noticeIsError = false
        case .exportFailed(let message):
            screen.notice = "Export failed: \(message)"
            screen.noticeIsError = true
        default: break
        }
    }
}

extension ExplorerState {
    /// The current view as a document: every row the chart lists (all pages, after the
    /// filter), its totals, and what selects them.
    public var viewExport: ViewExport {
        ViewExport(
            grouping: level.dimension, drillPath: drillPath, filter: chart.rowFilter.map(\.pattern), range: query.range,
            zone: query.zone, accounts: accountsInView.map(\.name),
            rows: table.rows.map { row in
                ViewExport.Row(key: row.key.id, label: row.key.label, kind: row.key.kind, money: row.money)
            },
            totals: table.totals)
    }
}
