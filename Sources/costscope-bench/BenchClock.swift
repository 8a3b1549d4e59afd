import Foundation

/// Monotonic time for measurements.
enum BenchClock {
    /// Nanoseconds on the monotonic clock.
    static func nanoseconds() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }

    /// Runs `body` and returns its result with the time it took, in nanoseconds.
    static func time<Result>(_ body: () throws -> Result) rethrows -> (result: Result, nanoseconds: UInt64) {
        let start = nanoseconds()
        let result = try body()
        return (result, nanoseconds() - start)
    }

    /// Runs `body` and returns its result with the time it took, in nanoseconds.
    static func time<Result>(_ body: () async throws -> Result) async rethrows -> (
        result: Result, nanoseconds: UInt64
    ) {
        let start = nanoseconds()
        let result = try await body()
        return (result, nanoseconds() - start)
    }
}
