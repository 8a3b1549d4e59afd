import TerminalKit

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

/// Keys bound to what they do in an open overlay or prompt.
public struct ModalKeyBinding: Hashable, Sendable {
    /// Which overlays share a binding.
    public enum Kind: Hashable, Sendable { case menu, changes, prompt }

    /// What a key does there.
    public enum Command: Hashable, Sendable {
        case up, down, first, last, choose, close, quit, submit, deleteBack, clearLine

        /// Where a list's cursor goes for a move (`up`, `down`, `first`, `last`) in a list of
        /// `count` entries; nil for the other commands.
        public func movedCursor(_ cursor: Int, count: Int) -> Int? {
            switch self {
            case .up: max(0, cursor - 1)
            case .down: max(0, min(count - 1, cursor + 1))
            case .first: 0
            case .last: max(0, count - 1)
            default: nil
            }
        }
    }

    public var keys: [Key]
    public var command: Command
    public var kinds: Set<Kind>

    public init(_ keys: [Key], _ command: Command, in kinds: Set<Kind>) {
        self.keys = keys
        self.command = command
        self.kinds = kinds
    }
}

/// What a key did to an open list overlay.
public enum ListKeyOutcome: Equatable, Sendable {
    /// The cursor goes to this entry.
    case moved(Int)
    case closed
    case quit
    /// Enter on the entry under the cursor.
    case chosen
    case ignored
}
