/// Counts answered pages and rows across a fetch's concurrent queries and reports them.
actor CloudRuProgressCounter {
    private let planned: Int
    private let handler: FetchProgressHandler?
    private var requests = 0
    private var rows = 0

    init(planned: Int, handler: FetchProgressHandler?) {
        self.planned = planned
        self.handler = handler
    }

    /// Records one answered page of `rows` rows.
    func add(rows count: Int) {
        requests += 1
        rows += count
        handler?(FetchProgress(requestsDone: requests, requestsPlanned: nil, rows: rows))
    }
}
