import CostCore
import TerminalKit

/// The explorer's key bindings: the single source for dispatch and for help.
public enum Keymap {
    /// Every binding, in the order help lists them.
    public static let bindings: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑ k", "move up", .moveUp, panes: Pane.lists),
        KeyBinding([.down, .character("j")], "↓ j", "move down", .moveDown, panes: Pane.lists),
        KeyBinding([.pageUp, .control("b")], "PgUp ^B", "page up", .pageUp, panes: Pane.lists),
        KeyBinding([.pageDown, .control("f")], "PgDn ^F", "page down", .pageDown, panes: Pane.lists),
        KeyBinding([.home, .character("g")], "Home g", "first row", .first, panes: Pane.lists),
        KeyBinding([.end, .character("G")], "End G", "last row", .last, panes: Pane.lists),
        KeyBinding([.left, .character("h")], "← h", "previous bar", .previousBucket, panes: [.series]),
        KeyBinding([.right, .character("l")], "→ l", "next bar", .nextBucket, panes: [.series]),
        KeyBinding([.home, .character("g")], "Home g", "first bar", .first, panes: [.series]),
        KeyBinding([.end, .character("G")], "End G", "last bar", .last, panes: [.series]),
        KeyBinding([.enter], "Enter", "narrow the range to this bar", .activate, panes: [.series]),
        KeyBinding([.escape, .backspace], "Esc ⌫", "back to the chart", .back, panes: [.series]),
        KeyBinding(
            [.enter, .right, .character("l")], "Enter → l", "drill into the row", .activate, panes: [.chart]),
        KeyBinding(
            [.escape, .backspace, .left, .character("h")], "Esc ⌫ ← h", "clear filter / go up", .back,
            panes: [.chart]),
        KeyBinding([.character("/")], "/", "filter rows by label", .openFilter),
        KeyBinding([.character("n")], "n", "next filter match", .nextMatch, panes: [.chart]),
        KeyBinding([.character("N")], "N", "previous match", .previousMatch, panes: [.chart]),
        KeyBinding([.character(" ")], "Space", "in/out of the view", .toggleAccount, panes: [.accounts]),
        KeyBinding(
            [.enter, .right, .character("l")], "Enter", "only this account (All: every one)", .activate,
            panes: [.accounts]),
        KeyBinding(
            [.enter, .character(" "), .right, .character("l")], "Enter Space", "apply the choice",
            .activate, panes: [.range, .grouping]),
        KeyBinding(
            [.escape, .backspace, .left, .character("h")], "Esc ← h", "back to the chart", .back,
            panes: [.accounts, .range, .grouping]),
        KeyBinding(
            (1...DatePreset.allCases.count).map { .character(Character(String($0))) }, "1-\(DatePreset.allCases.count)",
            "pick a range preset", .choosePreset),
        KeyBinding([.character("[")], "[", "previous period", .shiftRangeBack),
        KeyBinding([.character("]")], "]", "next period", .shiftRangeForward),
        KeyBinding([.character("d")], "d", "type a range of dates", .openCustomRange),
        KeyBinding([.character("t")], "t", "bar size: hour to month", .cycleGranularity),
        KeyBinding([.character("s")], "s", "sort: cost/name/change", .cycleSort),
        KeyBinding([.character("S")], "S", "reverse the sort", .reverseSort),
        KeyBinding([.character("b")], "b", "bar scale: max / total", .toggleBarScale),
        KeyBinding([.character("w")], "w", "list spikes and drops", .toggleChanges),
        KeyBinding([.tab], "Tab", "next pane", .nextPane),
        KeyBinding([.backTab], "Shift-Tab", "previous pane", .previousPane),
        KeyBinding([.character("e")], "e", "export the view", .chooseExport),
        KeyBinding([.character("y")], "y", "copy the report command", .copyReportCommand),
        KeyBinding([.character(":")], ":", "command menu", .openCommandMenu),
        KeyBinding([.character("r")], "r", "refresh from provider", .refresh),
        KeyBinding([.control("l")], "^L", "redraw the screen", .repaint),
        KeyBinding([.character("?"), .function(1)], "? F1", "show or hide this help", .toggleHelp),
        KeyBinding([.character("q"), .control("c")], "q ^C", "quit", .quit),
    ]

    /// The keys of the open overlay or prompt (``ExplorerState/modal``), which takes every key
    /// until it closes; the menu lists its entries with the bindings above.
    public static let modalBindings: [ModalKeyBinding] = [
        ModalKeyBinding([.up, .character("k")], .up, in: [.menu, .changes]),
        ModalKeyBinding([.down, .character("j")], .down, in: [.menu, .changes]),
        ModalKeyBinding([.home, .character("g")], .first, in: [.menu, .changes]),
        ModalKeyBinding([.end, .character("G")], .last, in: [.menu, .changes]),
        ModalKeyBinding([.enter, .right, .character("l")], .choose, in: [.menu]),
        ModalKeyBinding([.escape, .left, .character("h"), .character(":")], .close, in: [.menu]),
        ModalKeyBinding([.enter], .choose, in: [.changes]),
        ModalKeyBinding([.escape, .character("w"), .character("q")], .close, in: [.changes]),
        ModalKeyBinding([.enter], .submit, in: [.prompt]),
        ModalKeyBinding([.escape], .close, in: [.prompt]),
        ModalKeyBinding([.backspace, .delete], .deleteBack, in: [.prompt]),
        ModalKeyBinding([.control("u")], .clearLine, in: [.prompt]),
        ModalKeyBinding([.control("c")], .quit, in: [.menu, .changes, .prompt]),
    ]

    /// What `key` does to an open list of `count` entries (the menu, the changes list) whose
    /// cursor is at `cursor`.
    public static func listKey(_ key: Key, in kind: ModalKeyBinding.Kind, cursor: Int, count: Int) -> ListKeyOutcome {
        guard let command = modalCommand(for: key, in: kind) else { return .ignored }
        if let moved = command.movedCursor(cursor, count: count) { return .moved(moved) }
        switch command {
        case .close: return .closed
        case .quit: return .quit
        case .choose: return .chosen
        default: return .ignored
        }
    }

    /// What `key` does in an open overlay or prompt of `kind`.
    public static func modalCommand(for key: Key, in kind: ModalKeyBinding.Kind) -> ModalKeyBinding.Command? {
        modalBindings.first { $0.kinds.contains(kind) && $0.keys.contains(key) }?.command
    }

    /// What the `:` menu offers, in order: the less common actions.
    public static let menuCommands: [Command] =
        ExportFormat.allCases.map { .export($0) } + [
            .copyReportCommand, .openFilter, .openCustomRange, .cycleGranularity, .refresh, .toggleBarScale,
            .cycleSort, .toggleHelp, .quit,
        ]

    /// What `e` offers.
    public static let exportCommands: [Command] = ExportFormat.allCases.map { .export($0) }

    /// The menu title of a command that no key is bound to.
    public static func menuTitle(for command: Command) -> String {
        switch command {
        case .export(let format): "export the view as \(format.title)"
        default: bindings.first { $0.command == command }?.help ?? "\(command)"
        }
    }

    /// The command `key` triggers when `pane` has focus.
    public static func command(for key: Key, in pane: Pane) -> Command? {
        bindings.first { binding in
            binding.keys.contains(key) && (binding.panes?.contains(pane) ?? true)
        }?.command
    }

    /// The bindings that work in `pane`, for the help screen.
    public static func bindings(for pane: Pane) -> [KeyBinding] {
        bindings.filter { $0.panes?.contains(pane) ?? true }
    }
}
