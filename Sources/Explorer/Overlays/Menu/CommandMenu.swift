/// An open menu of commands (`:` for the less common actions, `e` for the export formats),
/// navigated with the arrows, run with Enter, closed with Esc.
public struct CommandMenu: Hashable, Sendable {
    /// One line of the menu.
    public struct Entry: Hashable, Sendable {
        /// What Enter runs.
        public var command: Command
        /// What it does, as help shows it.
        public var title: String
        /// The key that does the same outside the menu, if any.
        public var keyLabel: String?
    }

    /// The menu's title.
    public var title: String
    /// The entries, in order.
    public var entries: [Entry]
    /// The highlighted entry.
    public var cursor = 0

    /// A menu offering `commands`, titled and labelled from ``Keymap``.
    public init(title: String, commands: [Command]) {
        self.title = title
        entries = commands.map { command in
            let binding = Keymap.bindings.first { $0.command == command }
            return Entry(
                command: command, title: binding?.help ?? Keymap.menuTitle(for: command), keyLabel: binding?.keyLabel)
        }
    }

    /// The highlighted entry's command.
    public var selectedCommand: Command? { entries.indices.contains(cursor) ? entries[cursor].command : nil }
}
