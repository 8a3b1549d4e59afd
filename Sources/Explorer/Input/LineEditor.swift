import TerminalKit

/// The one line of text a prompt edits. Every prompt (the filter, the range) edits through it,
/// with the keys ``Keymap/modalBindings`` gives prompts; any other printable key is typed.
public struct LineEditor: Equatable, Sendable {
    public var text: String

    /// What a key did to the line.
    public enum Outcome: Equatable, Sendable {
        /// The text changed.
        case edited
        /// Enter: the prompt acts on the text.
        case submitted(String)
        /// Esc: the prompt closes without acting.
        case cancelled
        /// Ctrl-C: the explorer quits.
        case quit
        /// The key means nothing here.
        case ignored
    }

    public init(_ text: String = "") { self.text = text }

    public mutating func apply(_ key: Key) -> Outcome {
        switch Keymap.modalCommand(for: key, in: .prompt) {
        case .submit: return .submitted(text)
        case .close: return .cancelled
        case .quit: return .quit
        case .deleteBack: text.removeLast(text.isEmpty ? 0 : 1)
        case .clearLine: text = ""
        default:
            guard case .character(let character) = key else { return .ignored }
            text.append(character)
        }
        return .edited
    }
}
