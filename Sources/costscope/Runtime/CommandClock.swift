import Foundation

/// "Now" for one run: a fixed moment (`--now` or `COSTSCOPE_NOW`) or the system clock.
struct CommandClock: Sendable {
    /// The fixed moment, or nil for the system clock.
    let fixed: Date?

    /// The current moment.
    var now: Date { fixed ?? Date() }

    /// Reads the current moment, for parts that ask again later (the cache, the explorer's fetches).
    var reading: @Sendable () -> Date {
        let fixed = fixed
        return { fixed ?? Date() }
    }
}
