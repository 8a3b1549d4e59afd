import Foundation

/// Makes sure only one ncurses session exists in the process at a time.
enum SessionGuard {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var active = false

    /// Claims the session slot; `false` if another session holds it.
    static func acquire() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if active { return false }
        active = true
        return true
    }

    /// Gives the slot back.
    static func release() {
        lock.lock()
        active = false
        lock.unlock()
    }
}
