import Foundation
import Synchronization

/// Where one-line notes about the cache go during a run: standard error, or the explorer's
/// status line while it owns the terminal (anything written to standard error then would be
/// drawn over by the next frame).
package final class CacheNotices: Sendable {
    private let destination = Mutex<(@Sendable (String) -> Void)?>(nil)

    package init() {}

    /// Says `message`.
    package func say(_ message: String) {
        if let post = destination.withLock({ $0 }) {
            post(message)
        } else {
            StandardError.line("costscope: warning: \(message)")
        }
    }

    /// Sends notes to `post` from now on; nil sends them to standard error again.
    package func redirect(to post: (@Sendable (String) -> Void)?) {
        destination.withLock { $0 = post }
    }
}
