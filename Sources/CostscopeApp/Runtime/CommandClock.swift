import Foundation

/// "Now" for one run: a fixed moment (`--now` or `COSTSCOPE_NOW`) or the system clock.
package struct CommandClock: Sendable {
    /// The fixed moment, or nil for the system clock.
    package let fixed: Date?

    package init(fixed: Date?) { self.fixed = fixed }

    /// The current moment.
    package var now: Date { fixed ?? Date() }

    /// Reads the current moment, for parts that ask again later (the cache, the explorer's fetches).
    package var reading: @Sendable () -> Date {
        let fixed = fixed
        return { fixed ?? Date() }
    }
}
