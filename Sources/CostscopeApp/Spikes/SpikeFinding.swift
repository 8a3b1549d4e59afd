import CostCore
import Foundation

/// One change reported by `costscope spikes`: an event of one series, in money.
package struct SpikeFinding: Sendable {
    package let provider: ProviderKind
    /// The account name.
    package let account: String
    /// The path below the account; empty for the account as a whole.
    package let path: [SpikePathStep]
    /// The currency of every amount.
    package let currency: Currency
    /// What kind of change.
    package let label: ChangeLabel
    /// The bucket size the change was found in.
    package let grain: SpikeGrain
    /// From the start of the first flagged bucket to the end of the last.
    package let period: DateRange
    /// The midpoint of the last flagged bucket (an event is reported when it lies in the range).
    let lastBucketMiddle: Date
    /// Flagged buckets with data.
    let bucketCount: Int
    /// The expected amount per bucket.
    package let baseline: Amount
    /// The expected amount over all flagged buckets.
    package let expected: Amount
    /// What was billed over the flagged buckets.
    let actual: Amount
    /// Δ of each flagged bucket with data, by the bucket's start.
    let bucketDeltas: [Date: Amount]
    /// The id of the series in its ``SpikeSeriesTable``.
    let nodeID: String

    /// Δ = actual − expected; exact.
    var delta: Amount { actual - expected }

    /// Δ in percent of the expected amount; nil when nothing was expected.
    var deltaPercent: Double? { delta.ratio(to: expected.magnitude).map { $0 * 100 } }

    /// The path as text, e.g. `production / k8s-nodes / cpu`; `(account total)` when empty.
    package var pathText: String { path.isEmpty ? "(account total)" : path.map(\.label).joined(separator: " / ") }

    /// Δ over the flagged buckets that start inside `period`.
    func delta(during period: DateRange) -> Amount {
        bucketDeltas.reduce(Amount.zero) { period.contains($1.key) ? $0 + $1.value : $0 }
    }

    /// Whether the path is below the account (not the account as a whole).
    var isBelowAccount: Bool { !path.isEmpty }

    /// Whether the two findings share at least one instant and go the same way.
    func coincides(with other: SpikeFinding) -> Bool {
        period.overlaps(other.period) && label.isIncrease == other.label.isIncrease
    }
}
