/// Runs work against a time limit.
public enum TimeLimit {
    /// The result of `operation`, or `expired` thrown once `limit` has passed. The operation is
    /// cancelled then and its late result, complete or not, is discarded: a partial answer
    /// never passes for a whole one.
    public static func race<T: Sendable>(
        _ limit: Duration, expired: @autoclosure @escaping @Sendable () -> any Error,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                try Task.checkCancellation()
                throw expired()
            }
            return value
        }
    }
}
