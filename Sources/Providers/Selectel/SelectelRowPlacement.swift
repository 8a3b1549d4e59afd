import CostCore
import Foundation

/// Places rows in time by their `period`. A period that cannot be read is not money, but its
/// row is: the row is kept, placed in the first bucket of the asked range so the range's total
/// stays whole, and the rows placed that way are named in one warning.
struct SelectelRowPlacement {
    let time: SelectelTime
    let bucket: SelectelClient.Bucket
    /// Where a row whose period cannot be read is placed: the first hour asked for.
    let fallbackStart: Date
    private var unplaced: [(index: Int, period: String)] = []
    private var unplacedAmount: [Currency: Amount] = [:]

    init(time: SelectelTime, bucket: SelectelClient.Bucket, fallbackStart: Date) {
        self.time = time
        self.bucket = bucket
        self.fallbackStart = fallbackStart
    }

    /// The bucket of a row of `data[index]` stamped `period` and carrying `amount`, and whether
    /// `period` could be read (the same text always gives the same bucket when it could).
    mutating func period(of period: String, index: Int, amount: Money) -> (range: DateRange, readable: Bool) {
        guard let start = time.period(period) else {
            unplaced.append((index, period))
            unplacedAmount[amount.currency, default: .zero] += amount.amount
            return (span(from: fallbackStart), false)
        }
        return (span(from: start), true)
    }

    /// One hour, or the zone's day (23 to 25 hours when clocks change) from `start`.
    private func span(from start: Date) -> DateRange {
        DateRange(start: start, end: bucket == .hour ? start.addingTimeInterval(3_600) : time.nextDay(after: start))
    }

    /// The warning naming the rows placed at the start of the range, if any.
    func unplacedMessage() -> String? {
        guard let first = unplaced.first else { return nil }
        let more = unplaced.count > 1 ? " (and \(unplaced.count - 1) more rows)" : ""
        let money = unplacedAmount.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.code)" }
            .joined(separator: ", ")
        return "data[\(first.index)].period \(ServerText.quote(first.period, limit: 40)) is not a date-time\(more); "
            + "kept \(money) in the first hour asked for (\(time.civil(fallbackStart).description) account time)"
    }
}
