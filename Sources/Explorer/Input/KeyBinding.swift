/// Keys bound to a command, with the text the help screen shows.
public struct KeyBinding: Hashable, Sendable {
    /// The keys that trigger the command.
    public var keys: [Key]
    /// How the keys are written in help, e.g. `↑/k`.
    public var keyLabel: String
    /// What the command does, in a few words.
    public var help: String
    /// The command.
    public var command: Command
    /// The panes where the binding applies; nil means everywhere.
    public var panes: Set<Pane>?

    public init(_ keys: [Key], _ keyLabel: String, _ help: String, _ command: Command, panes: Set<Pane>? = nil) {
        self.keys = keys
        self.keyLabel = keyLabel
        self.help = help
        self.command = command
        self.panes = panes
    }
}
