import CostCore
import Foundation

/// Choosing the bucket size of the time series (`t`).
extension ExplorerState {
    /// The bucket sizes that make sense for the range and the records, finest first: hours for
    /// ranges of at most about a week when some record in view is shorter than a day (a daily bill
    /// cannot be split into hours), days always, weeks for ranges longer than a week, months when
    /// the range touches more than one calendar month.
    public var offeredGranularities: [Granularity] {
        Granularity.allCases.filter { candidate in
            switch candidate {
            case .hour: fitsRange(.hour) && hasSubDailyRecords(in: query.range)
            case .day: true
            case .week, .month: fitsRange(candidate)
            }
        }
    }

    /// Whether `candidate` suits the length of `span` (the range when nil), whatever the records.
    func fitsRange(_ candidate: Granularity, _ span: DateRange? = nil) -> Bool {
        let span = span ?? query.range
        let week: TimeInterval = 7 * 86_400 + 3_600
        switch candidate {
        case .hour: return span.duration <= week
        case .day: return true
        case .week: return span.duration > week
        case .month: return Granularity.month.boundaries(of: span, in: query.zone).count > 2
        }
    }

    /// `t`: the next offered bucket size after the current one, wrapping around.
    mutating func cycleGranularity() -> [Effect] {
        let offered = offeredGranularities
        let order = Granularity.allCases
        let position = order.firstIndex(of: query.granularity) ?? 0
        let next = (1...order.count).lazy.map { order[(position + $0) % order.count] }.first { offered.contains($0) }
        guard let next, next != query.granularity else {
            screen.notice =
                fitsRange(.hour)
                ? "Bars by day only: no record in view is shorter than a day, so there are no hours to show"
                : "Bars by day only for this range"
            return []
        }
        return changeGranularity(to: next)
    }

    /// Rebuilds the view with buckets of `newGranularity`; fetches again when hours are wanted and
    /// some account sent daily records that its provider can split into hours.
    mutating func changeGranularity(to newGranularity: Granularity) -> [Effect] {
        let selected = chart.cursorChosen ? selectedRow?.id : nil
        let finerNeeded = newGranularity == .hour && query.granularity != .hour && hasRecordsToFetchByTheHour
        query.granularity = newGranularity
        chart.seriesCursor = Int.max
        deriveView()
        restoreCursor(to: selected)
        return finerNeeded ? beginFetch() : []
    }

    /// Whether some record in view lasts a day or more and comes from a provider that sends
    /// hours when asked for them (``ProviderTraits/sendsHoursOnRequest``).
    private var hasRecordsToFetchByTheHour: Bool {
        var mask = seriesInView
        for (code, series) in load.records.series.enumerated() where !providers[series.provider].sendsHoursOnRequest {
            mask[code] = false
        }
        return load.records.contains(passing: mask) { start, end in end - start >= 86_400_000 }
    }

    /// The bucket size to keep for `newRange`: the current one when it suits the range's length, else days.
    func granularityKept(for newRange: DateRange) -> Granularity {
        fitsRange(query.granularity, newRange) ? query.granularity : .day
    }
}
