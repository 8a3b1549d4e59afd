import CostCore
import Foundation

/// The bucket size a series is scanned in.
///
/// Hourly and daily records are scanned per day in the chosen zone. Records longer than a day
/// (Seeweb's monthly bills, F5's closed months) are scanned per calendar month, as a rate per
/// day (the month's amount ÷ its days up to "now"), so a month still running compares fairly
/// with whole ones; the money reported is the months' amounts against that rate × their days.
package enum SpikeGrain: String, Sendable, Hashable {
    case day, month

    /// The grain a record is scanned in.
    package static func of(_ record: CostRecord) -> SpikeGrain {
        record.period.duration > 86_400 + 1 ? .month : .day
    }

    /// The granularity of the buckets.
    package var granularity: Granularity { self == .day ? .day : .month }
}
