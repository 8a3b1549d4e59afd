import Explorer
import Synchronization

/// A thread-safe queue of actions produced by background work.
package final class ActionInbox: Sendable {
    private let queue = Mutex<[Action]>([])

    /// Adds an action.
    package func post(_ action: Action) {
        queue.withLock { $0.append(action) }
    }

    /// Whether nothing is queued.
    package var isEmpty: Bool { queue.withLock { $0.isEmpty } }

    /// Takes every queued action, oldest first.
    package func drain() -> [Action] {
        queue.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }
}
