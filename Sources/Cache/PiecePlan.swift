import CostCore
import Foundation

/// How a query's range is cut into pieces — the days of the view's zone — and which of
/// them must be fetched.
///
/// Records are counted where the middle of their period falls, so a range's records are the
/// union of its days' records whatever the provider's grain (hours, days, whole months). A
/// provider billed by the month (Seeweb, F5's closed months) answers with every month that
/// overlaps the range it is asked for: a month whose middle lies outside that range belongs
/// to other days, and is left to them.
public struct PiecePlan: Sendable {
    /// The pieces, in order: consecutive days of the zone covering the range (the first and
    /// last are partial when the range does not start or end at midnight).
    public let pieces: [DateRange]

    /// The plan for `range` in `zone`.
    public init(range: DateRange, zone: TimeZone) {
        let boundaries = Granularity.day.boundaries(of: range, in: zone)
        pieces = zip(boundaries, boundaries.dropFirst()).map { DateRange(start: $0, end: $1) }
    }

    /// The one range to fetch: from the first piece that cannot be reused to the last one,
    /// so an account is asked once; nil when every piece can be reused.
    public func spanToFetch(reusing reusable: (DateRange) -> Bool) -> DateRange? {
        guard let first = pieces.firstIndex(where: { !reusable($0) }),
            let last = pieces.lastIndex(where: { !reusable($0) })
        else { return nil }
        return DateRange(start: pieces[first].start, end: pieces[last].end)
    }

    /// The pieces inside `span`.
    public func pieces(in span: DateRange) -> [DateRange] {
        pieces.filter { $0.start >= span.start && $0.end <= span.end }
    }

    /// The records fetched for `span` cut into its pieces; a piece is complete when it ends
    /// at or before `settledBefore`. A record whose middle lies in no piece of the span (a
    /// whole month reaching past the span) is not part of the span's answer and is not
    /// stored: every view counts it on the day its middle falls on.
    public func contents(of span: DateRange, records: SpendStore, settledBefore: Date) -> [PieceContent] {
        let periods = pieces(in: span)
        // Twice the boundaries, so a record's middle is compared as start + end, in whole milliseconds.
        let bounds = periods.map { 2 * SpendStore.millisecondsSince1970($0.start) }
        let last = periods.last.map { 2 * SpendStore.millisecondsSince1970($0.end) } ?? 0
        var grouped = Array(repeating: [Int](), count: periods.count)
        for index in records.indices {
            let middle = records.starts[index] + records.ends[index]
            guard middle < last, let piece = Self.index(of: middle, in: bounds) else { continue }
            grouped[piece].append(index)
        }
        return periods.indices.map { index in
            PieceContent(
                period: periods[index], records: records.subset(at: grouped[index]),
                isComplete: periods[index].end <= settledBefore)
        }
    }

    /// ``contents(of:records:settledBefore:)`` of records.
    public func contents(of span: DateRange, records: [CostRecord], settledBefore: Date) -> [PieceContent] {
        contents(of: span, records: SpendStore(records), settledBefore: settledBefore)
    }

    /// The index of the last of the sorted `starts` at or before `middle`, or nil when `middle`
    /// comes before the first.
    private static func index(of middle: Int64, in starts: [Int64]) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let center = (low + high) / 2
            if starts[center] <= middle { low = center + 1 } else { high = center }
        }
        return low == 0 ? nil : low - 1
    }
}
