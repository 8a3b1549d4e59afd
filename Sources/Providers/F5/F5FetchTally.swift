/// The progress of one F5 fetch: requests answered, requests still expected, rows decoded.
struct F5FetchTally {
    private var done = 0
    private var planned = 0
    private var rows = 0
    private let report: FetchProgressHandler?

    init(report: FetchProgressHandler?) { self.report = report }

    /// Sets the requests expected in all.
    mutating func plan(_ requests: Int) { planned = requests }

    /// Expects `count` more requests (negative: fewer), from now on.
    mutating func expect(_ count: Int) { planned = max(done, planned + count) }

    /// One more request answered with `rows` rows, after which `skipping` planned requests
    /// are no longer needed; reported at once.
    mutating func answered(rows: Int, skipping: Int = 0) {
        done += 1
        self.rows += rows
        planned = max(done, planned - skipping)
        report?(FetchProgress(requestsDone: done, requestsPlanned: planned, rows: self.rows))
    }
}
