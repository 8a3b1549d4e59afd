import CostCore
import Foundation

/// Change detection over the fetched span (previous period + range), run when the table is rebuilt.
extension ExplorerState {
    /// The share of its accounts' expected spend (same currency, same buckets) a row's change
    /// must move to be marked, in percent — the `spikes` command's rule for changes below the
    /// account; `new` and `stopped` need the detector's percentage threshold instead.
    static let minimumAccountShare = 10.0

    /// Below this many rows the scan runs on one core: starting the others costs more.
    static let rowsPerLane = 64

    /// The events of every row of the current level and of the whole view, at the view's
    /// granularity when it is a day or an hour; none otherwise.
    func computeRowEvents(_ levelMatrix: SpendMatrix) -> RowEvents {
        guard query.granularity == .day || query.granularity == .hour else { return .none }
        let span = fetchRange
        let boundaries = query.granularity.boundaries(of: span, in: query.zone)
        guard boundaries.count > 2 else { return .none }
        let matrix =
            levelMatrix.boundaries == boundaries
            ? levelMatrix
            : SpendMatrix(
                store: load.records, dimension: level.dimension, filters: level.filters,
                excludedAccounts: query.excludedAccounts,
                boundaries: boundaries)
        let spanTable = matrix.spanTable(range: span)
        let periods = spanTable.buckets
        let incomplete = periods.map { $0.end > screen.now }
        let thresholds = ChangeThresholds.standard
        let coarse = coarselyBilledBuckets(boundaries: boundaries)
        let range = query.range
        @Sendable func series(_ amounts: [Amount], _ currency: Currency) -> ChangeSeries {
            let hidden = coarse[currency] ?? []
            let values: [Amount?] = amounts.indices.map {
                spanTable.bucketsWithData[$0] && !hidden.contains($0) ? amounts[$0] : nil
            }
            return ChangeSeries(values: values, periods: periods, incomplete: incomplete)
        }
        @Sendable func inRange(_ events: [ChangeEvent]) -> [ChangeEvent] {
            events.filter { range.contains($0.lastPeriod.midpoint) }
        }
        var byCurrency: [Currency: [ChangeEvent]] = [:]
        var flaggedByCurrency: [Currency: [Date: ChangeLabel]] = [:]
        for (currency, amounts) in spanTable.seriesTotals {
            let whole = series(amounts, currency)
            let events = inRange(ChangeDetector.events(in: whole, thresholds: thresholds))
            guard !events.isEmpty else { continue }
            byCurrency[currency] = events
            flaggedByCurrency[currency] = Self.flagged(events, series: whole)
        }
        // Rows are independent: they are scanned on every core, each result in its row's slot,
        // and gathered in row order, so the outcome is the same as one pass.
        let rows = spanTable.rows
        var found = [(series: ChangeSeries, events: [ChangeEvent])?](repeating: nil, count: rows.count)
        found.withUnsafeMutableBufferPointer { buffer in
            let slots = RowSlots(buffer: buffer)
            let lanes = rows.count < Self.rowsPerLane ? 1 : ProcessInfo.processInfo.activeProcessorCount
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                for index in stride(from: lane, to: rows.count, by: lanes) {
                    let rowSeries = series(rows[index].series, rows[index].currency)
                    let events = inRange(ChangeDetector.events(in: rowSeries, thresholds: thresholds))
                    if !events.isEmpty { slots.buffer[index] = (rowSeries, events) }
                }
            }
        }
        var candidates: [String: (series: ChangeSeries, events: [ChangeEvent], currency: Currency)] = [:]
        for (row, result) in zip(rows, found) {
            if let result { candidates[row.id] = (result.series, result.events, row.currency) }
        }
        var byRow: [String: [ChangeEvent]] = [:]
        var flaggedByRow: [String: [Date: ChangeLabel]] = [:]
        let accountSeries = accountSeriesOfRows(Set(candidates.keys), matrix: matrix, span: span, spanTable: spanTable)
        for (id, candidate) in candidates {
            let events = candidate.events.filter {
                Self.movesAccounts(
                    $0, accounts: accountSeries[id].map { series($0, candidate.currency) }, thresholds: thresholds)
            }
            guard !events.isEmpty else { continue }
            byRow[id] = events
            flaggedByRow[id] = Self.flagged(events, series: candidate.series)
        }
        return RowEvents(
            byRow: byRow, byCurrency: byCurrency, flaggedByRow: flaggedByRow, flaggedByCurrency: flaggedByCurrency)
    }

    /// Per row id in `rowIDs`: the summed series (in the row's currency) of every account
    /// the row's records come from. With one account in view that is the view's own series at
    /// the top level (no pass) or one grouping pass by account; with several, one more pass
    /// finds each row's accounts. Only when a row has an event.
    private func accountSeriesOfRows(
        _ rowIDs: Set<String>, matrix: SpendMatrix, span: DateRange, spanTable: GroupTable
    ) -> [String: [Amount]] {
        guard !rowIDs.isEmpty else { return [:] }
        let boundaries = spanTable.boundaries
        let currencyOfRow = Dictionary(
            spanTable.rows.map { ($0.id, $0.currency) }, uniquingKeysWith: { first, _ in first })
        var accountsOfRow: [String: Set<String>] = [:]
        let viewAccounts = accountsInView.map(\.name)
        if viewAccounts.count == 1, let only = viewAccounts.first {
            if level.filters.isEmpty {
                return Dictionary(
                    uniqueKeysWithValues: rowIDs.compactMap { id in
                        currencyOfRow[id].flatMap { spanTable.seriesTotals[$0] }.map { (id, $0) }
                    })
            }
            for id in rowIDs { accountsOfRow[id] = [only] }
        } else {
            accountsOfRow = accountsOf(rowIDs, matrix: matrix)
        }
        let accounts = SpendMatrix(
            store: load.records, dimension: .account, excludedAccounts: query.excludedAccounts, boundaries: boundaries
        ).spanTable(range: span)
        var seriesByAccount: [String: [Amount]] = [:]
        for row in accounts.rows { seriesByAccount[row.id] = row.series }
        var result: [String: [Amount]] = [:]
        for (rowID, names) in accountsOfRow {
            guard let currency = currencyOfRow[rowID] else { continue }
            var sum = Array(repeating: Amount.zero, count: boundaries.count - 1)
            for name in names {
                guard let values = seriesByAccount[name + "\u{1F}" + currency.code] else { continue }
                for index in sum.indices { sum[index] += values[index] }
            }
            result[rowID] = sum
        }
        return result
    }

    /// The accounts whose records make up each row of `rowIDs`.
    private func accountsOf(_ rowIDs: Set<String>, matrix: SpendMatrix) -> [String: Set<String>] {
        var accountsOfRow: [String: Set<String>] = [:]
        for (code, series) in load.records.series.enumerated() where matrix.seriesInSpan[code] {
            let id =
                load.records.groupID(of: series, along: level.dimension) + "\u{1F}"
                + load.records.currency(of: series).code
            if rowIDs.contains(id) { accountsOfRow[id, default: []].insert(load.records.account(of: series)) }
        }
        return accountsOfRow
    }

    /// Whether a row's event moves its accounts' expected spend over its buckets by at least
    /// ``minimumAccountShare`` percent (`new` / `stopped`: the detector's percentage); an event
    /// is kept when the accounts have no baseline there.
    static func movesAccounts(_ event: ChangeEvent, accounts: ChangeSeries?, thresholds: ChangeThresholds) -> Bool {
        guard let accounts,
            let baseline = ChangeDetector.baseline(at: event.firstIndex, in: accounts, window: thresholds.window),
            !baseline.isZero
        else { return true }
        let expected = Amount(units: baseline.units * Int128(event.bucketCount))
        let share = (event.delta.magnitude.ratio(to: expected.magnitude) ?? 0) * 100
        let presence = event.label == .new || event.label == .stopped
        return share >= (presence ? thresholds.minimumPercent : minimumAccountShare)
    }

    /// The start of each flagged bucket of `events` (gaps between them are not marked).
    /// Per currency, the buckets that a bill longer than one bucket covers (an F5 or Seeweb
    /// month): the day's real spend there is unknown — the month's money is in no bucket — so
    /// detection treats them as gaps. Otherwise the first day with daily data after a month
    /// billed as one total would read as a jump from almost nothing.
    func coarselyBilledBuckets(boundaries: [Date]) -> [Currency: Set<Int>] {
        guard boundaries.count > 1 else { return [:] }
        var result: [Currency: Set<Int>] = [:]
        let store = load.records
        let inView = store.seriesPassing(excludedAccounts: query.excludedAccounts)
        let edges = boundaries.map(SpendStore.millisecondsSince1970)
        // The longest bucket, so that a day in a zone with a 23-hour day is never "coarse".
        let longest = zip(edges, edges.dropFirst()).map { $1 - $0 }.max() ?? 0
        for index in 0..<store.count where store.ends[index] - store.starts[index] > longest + 1_000 {
            let code = Int(store.seriesCodes[index])
            guard inView[code] else { continue }
            let start = store.starts[index]
            let end = store.ends[index]
            guard end > edges[0], start < edges[edges.count - 1] else { continue }
            let currency = store.currency(of: store.series[code])
            for bucket in 0..<(edges.count - 1) where edges[bucket] < end && edges[bucket + 1] > start {
                result[currency, default: []].insert(bucket)
            }
        }
        return result
    }

    static func flagged(_ events: [ChangeEvent], series: ChangeSeries) -> [Date: ChangeLabel] {
        var result: [Date: ChangeLabel] = [:]
        for event in events {
            for index in event.firstIndex...event.lastIndex where series.values[index] != nil {
                result[series.periods[index].start] = event.label
            }
        }
        return result
    }
}

/// The result slots of the rows' scan, shared by its lanes: each lane writes only the slots of
/// its own rows (every `lanes`-th from its first), so no two touch the same one.
private struct RowSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<(series: ChangeSeries, events: [ChangeEvent])?>
}
