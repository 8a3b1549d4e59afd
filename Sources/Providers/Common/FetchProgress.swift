/// How far one account's fetch has got, reported after every answered request so the
/// explorer can show progress while a long fetch runs.
public struct FetchProgress: Sendable, Equatable {
    /// Requests answered so far (pages, months, windows).
    public var requestsDone: Int
    /// Requests the fetch expects to make in all, when known in advance.
    public var requestsPlanned: Int?
    /// Provider rows decoded so far.
    public var rows: Int

    public init(requestsDone: Int, requestsPlanned: Int? = nil, rows: Int) {
        self.requestsDone = requestsDone
        self.requestsPlanned = requestsPlanned
        self.rows = rows
    }

    /// A short human text, e.g. `3/12 requests, 45,000 rows`.
    public var summary: String {
        let requests = requestsPlanned.map { "\(requestsDone)/\($0) requests" } ?? "\(requestsDone) requests"
        return "\(requests), \(rows) rows"
    }
}

/// Receives ``FetchProgress`` reports; called from the fetching task, so it must be quick.
public typealias FetchProgressHandler = @Sendable (FetchProgress) -> Void
