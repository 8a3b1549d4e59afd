/// A mouse event in screen cells: where the pointer was and what happened there.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The primary button was pressed or clicked.
        case click
        /// The wheel turned up (away from the user).
        case wheelUp
        /// The wheel turned down (towards the user).
        case wheelDown
    }

    /// The column, 0 at the left edge.
    public var x: Int
    /// The line, 0 at the top.
    public var y: Int
    /// What happened.
    public var kind: Kind

    /// Creates an event at column `x`, line `y`.
    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
