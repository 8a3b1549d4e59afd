import Foundation
import Providers

/// Status lines for script commands on standard error — "waiting for <account>…", retries and
/// their waits — written only when standard error is a terminal, so scripts and pipes see
/// nothing but the command's own messages.
package struct TerminalStatus: RequestObserver {
    private let write: @Sendable (String) -> Void

    /// Writes through `write` (one call per line, newline included).
    package init(write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Standard error's, or nil when it is not a terminal.
    package static func standardErrorIfTerminal() -> TerminalStatus? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return TerminalStatus { line in FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Says that `account`'s fetch is still running.
    func waiting(for account: String) {
        write("costscope: waiting for \(RequestLog.clean(account))…\n")
    }

    package func record(_ event: RequestEvent) {
        switch event {
        case .retrying(let retry):
            write(
                "costscope: \(RequestLog.clean(retry.account)): \(retry.endpoint): \(RequestLog.clean(retry.summary))\n"
            )
        case .exchanged, .retryRefused:
            // The exchange itself is the log's; a refused wait ends in the command's own error.
            break
        }
    }
}
